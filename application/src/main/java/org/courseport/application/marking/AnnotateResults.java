package org.courseport.application.marking;

import java.util.List;
import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.marking.Annotation;

/** Annotations on the files of groups' results: added in bulk by markers, listed by readers of the course. */
public interface AnnotateResults {
    /**
     * Adds every annotation or none: an unknown file or bad fields refuse them all (422). A complete
     * result refuses them (404) unless {@code forceComplete}.
     */
    void add(Caller caller, ResultRef result, List<AnnotationInput> annotations, boolean forceComplete);

    /** The annotations of one group's result, or of every group of the assignment. */
    List<Annotation> list(Caller caller, CourseId course, AssignmentId assignment, Optional<GroupId> group);
}
