package org.courseport.adapters.rest.auth;

import static org.courseport.domain.auth.Scope.ADMIN;
import static org.courseport.domain.auth.Scope.COURSES_EXPORT;
import static org.courseport.domain.auth.Scope.COURSES_IMPORT;
import static org.courseport.domain.auth.Scope.COURSES_READ;
import static org.courseport.domain.auth.Scope.GRADING_READ;
import static org.courseport.domain.auth.Scope.GRADING_WRITE;
import static org.courseport.domain.auth.Scope.RESULTS_WRITE;
import static org.courseport.domain.auth.Scope.SUBMISSIONS_READ;
import static org.courseport.domain.auth.Scope.USERS_READ;
import static org.courseport.domain.auth.Scope.USERS_WRITE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;

/**
 * The one table of which scope each route family needs, and in which course it acts. Reading
 * ({@code GET}, {@code HEAD}, {@code OPTIONS}) needs the family's read scope, anything else its write
 * scope. Where a route acts:
 * <ul>
 * <li>{@link Course#IN_PATH}: the course its path names ({@code courses/{course_id}/…}), which the
 * token must be limited to, if it is limited at all (checked here and again when the route enters the course);
 * <li>{@link Course#DEFAULT}: the older global grading routes, which are the default course's (id 0);
 * <li>{@link Course#EVERY}: OLX courses by key, their import, export and git sources, which may be any
 * course: only a token for every course may use them;
 * <li>{@link Course#NONE}: users and their tokens, the course list (which shows a limited token only its courses),
 * which belong to no course: the scope alone decides.
 * </ul>
 * A path under {@code api/v1/} no family matches is not a route; only a token with every scope gets as far
 * as its 404. The role of the token's holder still decides everything as before: a scope never adds to it.
 */
public final class RouteScopes {

    /** Where a route family acts. */
    public enum Course { IN_PATH, DEFAULT, EVERY, NONE }

    /** A route family: its paths (relative to {@code api/v1/}; group 1 is the course id where it is in the path). */
    public record Family(String name, Pattern path, Scope read, Scope write, Course course) {
        public Scope scopeFor(String method) {
            return READ_METHODS.contains(method) ? read : write;
        }
    }

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String COURSE = "courses/([^/]+)/";
    private static final String GROUP = "assignments/[^/]+/groups/[^/]+/";

    /** First match wins: the specific families before the general ones. */
    public static final List<Family> FAMILIES = List.of(
            family("tokens", "users/[^/]+/tokens?(?:/[^/]+)?", USERS_READ, USERS_WRITE, Course.NONE),
            family("users", "users(?:/[^/]+)?", USERS_READ, USERS_WRITE, Course.NONE),
            family("audit", "audit(?:/.*)?", ADMIN, ADMIN, Course.NONE),
            family("course list", "course_roster", COURSES_READ, ADMIN, Course.NONE),
            family("course roles and sections", COURSE + "(?:roles|sections)(?:/.*)?", COURSES_READ, ADMIN, Course.IN_PATH),
            family("course submissions", COURSE + GROUP + "(?:submission_files(?:/.*)?|collect_submission)",
                    SUBMISSIONS_READ, GRADING_WRITE, Course.IN_PATH),
            family("course feedback and results", COURSE + GROUP + "(?:feedback_files|test_results|test_runs|add_test_run)(?:/.*)?",
                    GRADING_READ, RESULTS_WRITE, Course.IN_PATH),
            family("course grading", COURSE + ".+", GRADING_READ, GRADING_WRITE, Course.IN_PATH),
            family("olx courses", "courses(?:/[^/]+)?", COURSES_READ, COURSES_IMPORT, Course.EVERY),
            family("imports", "imports?/[^/]+", COURSES_READ, COURSES_IMPORT, Course.EVERY),
            family("exports", "export/[^/]+", COURSES_EXPORT, COURSES_EXPORT, Course.EVERY),
            family("git sources", "course_sources(?:/.*)?", COURSES_READ, ADMIN, Course.EVERY),
            family("submissions", GROUP + "(?:submission_files|submission_downloads|collect)",
                    SUBMISSIONS_READ, GRADING_WRITE, Course.DEFAULT),
            family("test results", "(?:" + GROUP + ")?test_results(?:/.*)?", GRADING_READ, RESULTS_WRITE, Course.DEFAULT),
            family("grading", "assignments(?:/.*)?", GRADING_READ, GRADING_WRITE, Course.DEFAULT));

    private static final String PREFIX = "api/v1/";

    private RouteScopes() {
    }

    private static Family family(String name, String path, Scope read, Scope write, Course course) {
        return new Family(name, Pattern.compile(path), read, write, course);
    }

    /** The family of a path relative to the application ({@code api/v1/…}, after rewriting), if any. */
    public static Optional<Family> familyOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String route = path.substring(PREFIX.length());
        return FAMILIES.stream().filter(f -> f.path().matcher(route).matches()).findFirst();
    }

    /** Fails with {@link Forbidden}, naming the missing scope or the course, unless the caller's token allows the request. */
    public static void check(Caller caller, String method, String path) {
        if (caller.grant().limitsNothing()) {
            return; // no family can refuse it, and its paths need not be matched on every request
        }
        Optional<Family> found = familyOf(path);
        if (found.isEmpty()) {
            throw new Forbidden("no scope covers " + method + " /" + path + "; only a token with every scope may try it");
        }
        Family family = found.get();
        caller.grant().requireScope(family.scopeFor(method));
        switch (family.course()) {
            case DEFAULT -> caller.grant().requireCourse(CourseId.DEFAULT);
            case EVERY -> caller.grant().requireEveryCourse("the route family '" + family.name() + "'");
            case IN_PATH -> courseIn(family, path).ifPresent(course -> caller.grant().requireCourse(course));
            case NONE -> { }
        }
    }

    /** The course a path names; none if it is no course id (the route then answers its 400 or 404). */
    private static Optional<CourseId> courseIn(Family family, String path) {
        Matcher matcher = family.path().matcher(path.substring(PREFIX.length()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CourseId(Long.parseLong(matcher.group(1))));
        } catch (RuntimeException notACourseId) {
            return Optional.empty();
        }
    }
}
