package org.courseport.domain.grading;

/** The store's number for a membership. */
public record MembershipId(long value) {
    public MembershipId {
        Ids.positive("membership_id", value);
    }
}
