package org.courseport.domain.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unauthenticated;

/**
 * What one token lets its holder do, on top of what their role allows: its scopes, the courses it is
 * limited to (none: every course) and when it stops working (none: never).
 */
public record TokenGrant(TokenName name, Set<Scope> scopes, Optional<Set<CourseId>> courses, Optional<Instant> expiresAt) {
    /** The user's default token: every scope, every course, no expiry, as tokens had before scopes existed. */
    public static final TokenGrant DEFAULT = unlimited(TokenName.DEFAULT);

    public TokenGrant {
        Objects.requireNonNull(name, "name");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        courses = courses.map(Set::copyOf);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static TokenGrant unlimited(TokenName name) {
        return new TokenGrant(name, Scope.all(), Optional.empty(), Optional.empty());
    }

    /** Whether the token allows whatever its holder's role does: every scope, in every course. */
    public boolean limitsNothing() {
        return courses.isEmpty() && scopes.containsAll(Scope.all());
    }

    /** Fails with {@link Forbidden}, naming the scope, unless the token has it. */
    public void requireScope(Scope scope) {
        if (!scopes.contains(scope)) {
            throw new Forbidden("the token '" + name + "' lacks the scope " + scope.wireName());
        }
    }

    public boolean covers(CourseId course) {
        return courses.map(limit -> limit.contains(course)).orElse(true);
    }

    /** Fails with {@link Forbidden}, naming the course, unless the token may be used in it. */
    public void requireCourse(CourseId course) {
        if (!covers(course)) {
            throw new Forbidden("the token '" + name + "' is limited to " + describe(courses.orElseThrow())
                    + ", not course " + course.value());
        }
    }

    /** Fails with {@link Forbidden} if the token is limited to some courses: for routes over every course. */
    public void requireEveryCourse(String what) {
        courses.ifPresent(limit -> {
            throw new Forbidden("the token '" + name + "' is limited to " + describe(limit) + "; " + what
                    + " needs a token for every course");
        });
    }

    /** Fails with {@link Unauthenticated}, saying so, once the token has expired. */
    public void requireUnexpired(Instant now) {
        expiresAt.filter(end -> !now.isBefore(end)).ifPresent(end -> {
            throw new Unauthenticated("the token '" + name + "' expired at " + end);
        });
    }

    /**
     * The grant of a token made with this one: what it asks for, or this token's own where it asks
     * nothing. It may not go beyond this token: no scope, course or time this one lacks.
     */
    public TokenGrant narrow(NewToken requested, Instant now) {
        Set<Scope> wanted = requested.scopes().orElse(scopes);
        Set<Scope> missing = EnumSet.allOf(Scope.class);
        missing.retainAll(wanted);
        missing.removeAll(scopes);
        if (!missing.isEmpty()) {
            throw new Forbidden("the token '" + name + "' cannot give scopes it lacks: " + Scope.list(missing));
        }
        Optional<Set<CourseId>> within = requested.courses().or(() -> courses);
        within.ifPresent(limit -> limit.forEach(this::requireCourse));
        requested.expiresAt().filter(end -> !end.isAfter(now)).ifPresent(end -> {
            throw InvalidInput.field("expires_at", "must be in the future");
        });
        Optional<Instant> until = requested.expiresAt().or(() -> expiresAt);
        expiresAt.filter(ours -> until.orElseThrow().isAfter(ours)).ifPresent(ours -> {
            throw new Forbidden("the token '" + name + "' expires at " + ours + " and cannot make one that outlives it");
        });
        return new TokenGrant(requested.name(), wanted, within, until);
    }

    static String describe(Collection<CourseId> courses) {
        Set<Long> ids = courses.stream().map(CourseId::value).collect(Collectors.toCollection(TreeSet::new));
        return (ids.size() == 1 ? "course " : "courses ") + ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
