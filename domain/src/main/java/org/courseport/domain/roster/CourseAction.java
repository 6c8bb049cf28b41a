package org.courseport.domain.roster;

/** What a course-scoped route asks of the caller's role in that course. */
public enum CourseAction {
    /** List the course's assignments: every visible role, as MarkUs lets TAs and students. */
    SEE_ASSIGNMENTS,
    /** Read groups, submissions and test results. */
    READ,
    /** Upload submission files, collect, write test results. */
    GRADE,
    /** Mark a collected submission: marks, marking state, extra marks, annotations (MarkUs: instructors only). */
    MARK,
    /** Change the course: roles, sections, assignments, groups. */
    MANAGE
}
