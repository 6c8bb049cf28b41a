package org.courseport.domain.auth;

/** What a use case asks of its caller. */
public enum Permission {
    /** Read any resource, export courses. */
    READ,
    /** Upload submission files, collect submissions, download them, write test results. */
    GRADE,
    /** Create, change and delete users, assignments, groups and courses. */
    MANAGE
}
