package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.user.UserType;

/**
 * The caller's standing in the course it names: a global admin, or their role there. It decides what they may
 * do in the course, and as whom they act on the grading use cases the older routes share, which know
 * only global roles: an instructor acts as an admin and a TA as a TA, on this course's records alone. A token
 * limited to other courses enters none of them, whatever the role.
 */
public record CourseAccess(CourseId course, Caller caller, Optional<Role> role) {
    public CourseAccess {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(role, "role");
    }

    /** Fails with {@link Forbidden} unless the caller may do {@code action} in the course. */
    public void require(CourseAction action) {
        caller.grant().requireCourse(course);
        if (caller.type().isAdmin()) {
            return;
        }
        Role held = role.filter(r -> !r.hidden()).orElseThrow(() ->
                new Forbidden(caller.name() + " has no role in this course"));
        boolean allowed = switch (held.type()) {
            case INSTRUCTOR -> true;
            case TA -> action != CourseAction.MANAGE && action != CourseAction.MARK;
            case STUDENT -> action == CourseAction.SEE_ASSIGNMENTS;
        };
        if (!allowed) {
            throw new Forbidden("a " + held.type().wireName() + " of this course may not " + describe(action));
        }
    }

    /** The caller as the shared grading use cases know it, once {@link #require} has let them in. */
    public Caller actingCaller() {
        if (caller.type().isAdmin() || role.isEmpty()) {
            return caller;
        }
        UserType acting = switch (role.get().type()) {
            case INSTRUCTOR -> UserType.ADMIN;
            case TA -> UserType.TA;
            case STUDENT -> UserType.STUDENT;
        };
        return caller.actingAs(acting);
    }

    private static String describe(CourseAction action) {
        return switch (action) {
            case SEE_ASSIGNMENTS -> "list assignments";
            case READ -> "read groups, submissions or results";
            case GRADE -> "upload, collect or write test results";
            case MARK -> "mark submissions";
            case MANAGE -> "change roles, sections, assignments or groups";
        };
    }
}
