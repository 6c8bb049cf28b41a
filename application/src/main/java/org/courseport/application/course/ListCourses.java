package org.courseport.application.course;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.Course;

/** Lists courses matching a collection request. */
public interface ListCourses {
    Page<Course> list(Caller caller, CollectionRequest request);
}
