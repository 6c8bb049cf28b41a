package org.courseport.domain.grading;

/** The store's number for a membership. */
public record MembershipId(long value) {
    public MembershipId {
        Ids.positive("membership_id", value);
    }

    /** Reads the id of a URL path; anything but a positive number is invalid input. */
    public static MembershipId parse(String text) {
        return new MembershipId(Ids.parse("membership_id", text));
    }
}
