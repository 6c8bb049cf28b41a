package org.courseport.domain.grading;

/** The store's number for a group. */
public record GroupId(long value) {
    public GroupId {
        Ids.positive("group_id", value);
    }

    /** Reads the id of a URL path; anything but a positive number is invalid input. */
    public static GroupId parse(String text) {
        return new GroupId(Ids.parse("group_id", text));
    }
}
