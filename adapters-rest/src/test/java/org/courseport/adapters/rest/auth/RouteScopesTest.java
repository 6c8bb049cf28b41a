package org.courseport.adapters.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courseport.adapters.rest.testing.DocumentedResponses;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of route families: every documented route is in it, each with the scope and course it should have. */
class RouteScopesTest {
    private static final OpenAPI DOCUMENT = new OpenAPIV3Parser().readContents(DocumentedResponses.document()).getOpenAPI();

    @Test
    void everyDocumentedApiRouteBelongsToAFamily() {
        List<String> unmapped = new ArrayList<>();
        DOCUMENT.getPaths().forEach((path, item) -> {
            boolean authenticated = path.startsWith("/api/v1/") && !path.startsWith("/api/v1/openapi")
                    && !path.startsWith("/api/v1/docs");
            if (authenticated && RouteScopes.familyOf(path.substring(1).replaceAll("\\{[^}]*}", "7")).isEmpty()) {
                unmapped.add(path);
            }
        });
        assertEquals(List.of(), unmapped);
    }

    @ParameterizedTest(name = "{0} {1}: {2} in {3}")
    @CsvSource({
            "GET, users, users:read, NONE",
            "POST, users, users:write, NONE",
            "PUT, users/3, users:write, NONE",
            "POST, users/3/token, users:write, NONE",
            "GET, users/3/tokens, users:read, NONE",
            "DELETE, users/3/tokens/9, users:write, NONE",
            "GET, audit, admin, NONE",
            "GET, audit/3, admin, NONE",
            "GET, course_roster, courses:read, NONE",
            "POST, course_roster, admin, NONE",
            "GET, courses/4/roles, courses:read, IN_PATH",
            "POST, courses/4/sections, admin, IN_PATH",
            "GET, courses/4/assignments/5/groups/6/submission_files, submissions:read, IN_PATH",
            "POST, courses/4/assignments/5/groups/6/submission_files, grading:write, IN_PATH",
            "DELETE, courses/4/assignments/5/groups/6/submission_files/remove_file, grading:write, IN_PATH",
            "POST, courses/4/assignments/5/groups/6/collect_submission, grading:write, IN_PATH",
            "GET, courses/4/assignments/5/groups/6/feedback_files/7, grading:read, IN_PATH",
            "POST, courses/4/assignments/5/groups/6/feedback_files, results:write, IN_PATH",
            "POST, courses/4/assignments/5/groups/6/test_results, results:write, IN_PATH",
            "POST, courses/4/assignments/5/groups/6/add_test_run, results:write, IN_PATH",
            "GET, courses/4/assignments/5/groups/6/test_runs, grading:read, IN_PATH",
            "PUT, courses/4/assignments/5/groups/6/update_marks, grading:write, IN_PATH",
            "GET, courses/4/assignments/5/grades_summary, grading:read, IN_PATH",
            "PUT, courses/4/grade_entry_forms/3/update_grades, grading:write, IN_PATH",
            "GET, courses/4/assignments, grading:read, IN_PATH",
            "POST, courses/4/assignments/5/update_test_specs, grading:write, IN_PATH",
            "GET, courses/4/starter_file_groups/8/download_entries, grading:read, IN_PATH",
            "GET, courses, courses:read, EVERY",
            "GET, courses/course-v1:MITx+6.002x+2026_Fall, courses:read, EVERY",
            "DELETE, courses/course-v1:MITx+6.002x+2026_Fall, courses:import, EVERY",
            "POST, import/course-v1:MITx+6.002x+2026_Fall, courses:import, EVERY",
            "PUT, import/course-v1:MITx+6.002x+2026_Fall, courses:import, EVERY",
            "GET, imports/12, courses:read, EVERY",
            "GET, export/course-v1:MITx+6.002x+2026_Fall, courses:export, EVERY",
            "GET, course_sources, courses:read, EVERY",
            "POST, course_sources/3/sync, admin, EVERY",
            "GET, assignments/5/groups/6/submission_downloads, submissions:read, DEFAULT",
            "POST, assignments/5/groups/6/submission_files, grading:write, DEFAULT",
            "POST, assignments/5/groups/6/collect, grading:write, DEFAULT",
            "GET, assignments/5/groups/6/test_results/2, grading:read, DEFAULT",
            "PUT, assignments/5/groups/6/test_results/2, results:write, DEFAULT",
            "POST, test_results, results:write, DEFAULT",
            "GET, assignments/5/groups, grading:read, DEFAULT",
            "POST, assignments/5/groups/6/members, grading:write, DEFAULT",
            "HEAD, assignments, grading:read, DEFAULT"})
    void eachRouteNeedsItsFamilysScope(String method, String route, String scope, RouteScopes.Course course) {
        RouteScopes.Family family = RouteScopes.familyOf("api/v1/" + route).orElseThrow();
        assertEquals(Scope.parse(scope), family.scopeFor(method));
        assertEquals(course, family.course());
    }

    private static Caller caller(Set<Scope> scopes, Optional<Set<CourseId>> courses) {
        return new Caller(new UserName("root"), UserType.ADMIN, new TokenGrant(new TokenName("t"), scopes, courses,
                Optional.of(Instant.MAX)));
    }

    @Test
    void aRequestNeedsTheScopeOfItsFamily() {
        Caller reader = caller(EnumSet.of(Scope.GRADING_READ), Optional.empty());
        RouteScopes.check(reader, "GET", "api/v1/assignments");
        Forbidden refused = assertThrows(Forbidden.class, () -> RouteScopes.check(reader, "POST", "api/v1/assignments"));
        assertEquals("the token 't' lacks the scope grading:write", refused.getMessage());
    }

    @Test
    void aCourseLimitedTokenIsHeldToItsCourses() {
        Caller limited = caller(Scope.all(), Optional.of(Set.of(new CourseId(4))));
        RouteScopes.check(limited, "GET", "api/v1/courses/4/assignments");
        RouteScopes.check(limited, "GET", "api/v1/users");
        RouteScopes.check(limited, "GET", "api/v1/courses/x/assignments");
        assertTrue(assertThrows(Forbidden.class, () -> RouteScopes.check(limited, "GET", "api/v1/courses/5/assignments"))
                .getMessage().contains("not course 5"));
        assertTrue(assertThrows(Forbidden.class, () -> RouteScopes.check(limited, "GET", "api/v1/assignments"))
                .getMessage().contains("not course 0"));
        assertTrue(assertThrows(Forbidden.class, () -> RouteScopes.check(limited, "GET", "api/v1/export/k"))
                .getMessage().contains("needs a token for every course"));
    }

    @Test
    void aPathOfNoFamilyIsLeftToItsNotFoundOnlyForAnUnlimitedToken() {
        RouteScopes.check(caller(Scope.all(), Optional.empty()), "GET", "api/v1/nothing_here");
        RouteScopes.check(caller(Scope.all(), Optional.empty()), "GET", "api/v2/users");
        Forbidden narrow = assertThrows(Forbidden.class,
                () -> RouteScopes.check(caller(EnumSet.complementOf(EnumSet.of(Scope.ADMIN)), Optional.empty()), "GET",
                        "api/v1/nothing_here"));
        assertTrue(narrow.getMessage().startsWith("no scope covers GET /api/v1/nothing_here"), narrow.getMessage());
        assertThrows(Forbidden.class, () -> RouteScopes.check(caller(Scope.all(), Optional.of(Set.of(CourseId.DEFAULT))),
                "GET", "api/v1/nothing_here"));
        assertEquals(Optional.empty(), RouteScopes.familyOf("hooks/git/1"));
    }
}
