package org.courseport.application.grading;

import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.TestSpecs;
import org.courseport.domain.roster.CourseAccess;

/**
 * An assignment's automated test settings and test files, for its course's instructors (and admins),
 * as MarkUs's current API has them. No route uploads test files, so their zip is empty, as MarkUs's is
 * for an assignment without any.
 */
public interface ManageTestSpecs {
    TestSpecs specs(CourseAccess access, AssignmentId assignment);

    void replaceSpecs(CourseAccess access, AssignmentId assignment, TestSpecs specs);

    ArchiveDownload testFiles(CourseAccess access, AssignmentId assignment);
}
