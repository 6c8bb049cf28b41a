package org.courseport.domain.grading;

import java.util.Locale;

/** A student's standing in a group: the one who formed it, one who joined, one invited but not yet joined. */
public enum MembershipStatus {
    INVITER, ACCEPTED, PENDING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MembershipStatus parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The first member of a group formed it; whoever an admin adds after has accepted. */
    public static MembershipStatus forPosition(int index) {
        return index == 0 ? INVITER : ACCEPTED;
    }
}
