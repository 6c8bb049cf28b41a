package org.courseport.domain.grading;

/** The store's number for an assignment. */
public record AssignmentId(long value) {
    public AssignmentId {
        Ids.positive("assignment_id", value);
    }

    /** Reads the id of a URL path; anything but a positive number is invalid input. */
    public static AssignmentId parse(String text) {
        return new AssignmentId(Ids.parse("assignment_id", text));
    }
}
