package org.courseport.application.marking;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionChanges;

/**
 * An assignment's criteria, a route MarkUs lacks: whoever may read the course lists them; its
 * instructors make, change and delete them. A criterion that holds marks cannot be deleted.
 */
public interface ManageCriteria {
    List<Criterion> list(Caller caller, CourseId course, AssignmentId assignment);

    Criterion get(Caller caller, CourseId course, AssignmentId assignment, long id);

    Criterion create(Caller caller, CourseId course, AssignmentId assignment, CriterionChanges fields);

    Criterion update(Caller caller, CourseId course, AssignmentId assignment, long id, CriterionChanges fields);

    void delete(Caller caller, CourseId course, AssignmentId assignment, long id);
}
