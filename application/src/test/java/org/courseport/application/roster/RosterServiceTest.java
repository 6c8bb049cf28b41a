package org.courseport.application.roster;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller ANN = new Caller(new UserName("ann"), UserType.STUDENT);
    private static final Caller TOM = new Caller(new UserName("tom"), UserType.TA);

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
    private RosterService roster;
    private CourseId csc;
    private CourseId mat;

    @BeforeEach
    void setUp() {
        roster = new RosterService(new InMemoryRosterStore(users), users, assignments, CLOCK);
        users.create(newUser("ann", UserType.STUDENT), CLOCK.instant());
        users.create(newUser("tom", UserType.TA), CLOCK.instant());
        csc = roster.create(ADMIN, new NewCourse(new CourseName("csc"), "CSC", false)).id();
        mat = roster.create(ADMIN, new NewCourse(new CourseName("mat"), "MAT", true)).id();
        roster.create(ADMIN, csc, new SectionName("L1"));
        roster.add(ADMIN, csc, new NewRole(new UserName("ANN"), RoleType.STUDENT, Optional.of(new SectionName("L1")), 1,
                false));
        roster.add(ADMIN, csc, new NewRole(new UserName("tom"), RoleType.TA, Optional.empty(), 0, false));
        roster.add(ADMIN, mat, new NewRole(new UserName("tom"), RoleType.TA, Optional.empty(), 0, true));
    }

    @Test
    void onlyAnAdminMakesCourses() {
        assertThrows(Forbidden.class, () -> roster.create(TOM, new NewCourse(new CourseName("x"), "X", false)));
        assertThrows(Conflict.class, () -> roster.create(ADMIN, new NewCourse(new CourseName("csc"), "X", false)));
    }

    @Test
    void theCoursesListedAreEveryOneForAnAdminAndTheVisiblyHeldOnesForOthers() {
        assertEquals(List.of("default", "csc", "mat"), roster.list(ADMIN).stream().map(CourseInfo::name).toList());
        assertEquals(List.of("csc"), roster.list(TOM).stream().map(CourseInfo::name).toList());
        assertEquals(List.of("csc"), roster.list(ANN).stream().map(CourseInfo::name).toList());
        assertEquals(List.of(), roster.list(new Caller(new UserName("nobody"), UserType.TA)));
    }

    @Test
    void rolesNeedAnExistingUserAndSectionAndAManager() {
        Role ann = roster.roles(TOM, csc).get(0);
        assertEquals(RoleType.STUDENT, ann.type());
        assertEquals(Optional.of(new SectionName("L1")), ann.section());
        InvalidInput noUser = assertThrows(InvalidInput.class, () -> roster.add(ADMIN, csc,
                new NewRole(new UserName("zed"), RoleType.TA, Optional.empty(), 0, false)));
        assertEquals("user_name", noUser.errors().get(0).field());
        InvalidInput noSection = assertThrows(InvalidInput.class, () -> roster.add(ADMIN, mat,
                new NewRole(new UserName("ann"), RoleType.TA, Optional.of(new SectionName("L1")), 0, false)));
        assertEquals("section_name", noSection.errors().get(0).field());
        assertThrows(Forbidden.class, () -> roster.add(TOM, csc,
                new NewRole(new UserName("ann"), RoleType.TA, Optional.empty(), 0, false)));
        assertThrows(Forbidden.class, () -> roster.create(TOM, csc, new SectionName("L2")));
        assertThrows(Forbidden.class, () -> roster.roles(ANN, csc));
        assertThrows(Forbidden.class, () -> roster.roles(TOM, mat));
        assertEquals(List.of(new SectionName("L1")), roster.sections(TOM, csc).stream().map(s -> s.name()).toList());
    }

    @Test
    void enteringChecksTheCourseThenTheRoleThenTheAssignment() {
        AssignmentId inCsc = assignments.create(csc, assignment("A1"), CLOCK.instant()).id();
        AssignmentId inDefault = assignments.create(assignment("A0"), CLOCK.instant()).id();
        assertThrows(NotFound.class, () -> roster.enter(ADMIN, new CourseId(99), CourseAction.READ));
        assertThrows(Forbidden.class, () -> roster.enter(ANN, csc, inCsc, CourseAction.READ));
        assertThrows(Forbidden.class, () -> roster.enter(TOM, mat, CourseAction.SEE_ASSIGNMENTS));
        assertEquals(new Caller(TOM.name(), UserType.TA), roster.enter(TOM, csc, inCsc, CourseAction.GRADE).actingCaller());
        assertEquals(ANN, roster.enter(ANN, csc, inCsc, CourseAction.SEE_ASSIGNMENTS).actingCaller());
        NotFound elsewhere = assertThrows(NotFound.class, () -> roster.enter(ADMIN, csc, inDefault, CourseAction.READ));
        assertEquals("course " + csc.value() + " has no assignment with id " + inDefault.value(), elsewhere.getMessage());
        assertThrows(NotFound.class, () -> roster.enter(ADMIN, csc, new AssignmentId(99), CourseAction.READ));
    }

    private static NewAssignment assignment(String name) {
        ShortIdentifier id = new ShortIdentifier(name);
        return new NewAssignment(id, AssignmentDetails.defaults(id, LocalDate.of(2026, 10, 1)));
    }
}
