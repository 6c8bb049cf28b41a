package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What every roster store must do, over the user and assignment stores it shares its courses and users with. */
public abstract class RosterStoreContract {
    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    /** Empty stores (but for the default course), new for each test, over one another. */
    protected abstract UserStore users();

    protected abstract RosterStore roster();

    protected abstract AssignmentStore assignments();

    @Test
    void theDefaultCourseIsThereAndCoursesHaveUniqueNames() {
        RosterStore roster = roster();
        assertEquals(List.of(new CourseInfo(CourseId.DEFAULT, "default", "Default course", false, Optional.empty())),
                roster.courses());
        CourseInfo csc = roster.createCourse(new NewCourse(new CourseName("CSC108"), "Intro", true), NOW);
        assertEquals(new CourseInfo(csc.id(), "CSC108", "Intro", true, Optional.empty()), csc);
        assertTrue(csc.id().value() > 0);
        assertEquals(Optional.of(csc), roster.findCourse(csc.id()));
        assertEquals(Optional.empty(), roster.findCourse(new CourseId(csc.id().value() + 1)));
        assertThrows(Conflict.class, () -> roster.createCourse(new NewCourse(new CourseName("CSC108"), "Again", false), NOW));
        assertEquals(2, roster.courses().size());
    }

    @Test
    void sectionsAndRolesBelongToOneCourse() {
        RosterStore roster = roster();
        User ann = users().create(new NewUser(new UserName("Ann"), UserType.STUDENT,
                new PersonalDetails("Ann", "Lee", null, null, 0)), NOW);
        CourseId course = roster.createCourse(new NewCourse(new CourseName("c1"), "C1", false), NOW).id();
        Section s1 = roster.createSection(course, new SectionName("LEC0101"), NOW);
        assertThrows(Conflict.class, () -> roster.createSection(course, new SectionName("LEC0101"), NOW));
        roster.createSection(CourseId.DEFAULT, new SectionName("LEC0101"), NOW);
        assertEquals(List.of(s1), roster.sections(course));
        assertEquals(Optional.of(s1), roster.findSection(course, new SectionName("LEC0101")));

        Role role = roster.createRole(new RoleGrant(course, ann.id(), RoleType.TA, Optional.of(s1), 2, true), NOW);
        assertEquals(new Role(role.id(), course, ann, RoleType.TA, Optional.of(new SectionName("LEC0101")), 2, true), role);
        assertEquals(Optional.of(role), roster.findRole(course, new UserName("ANN")));
        assertEquals(Optional.empty(), roster.findRole(CourseId.DEFAULT, new UserName("ann")));
        assertThrows(Conflict.class, () -> roster.createRole(
                new RoleGrant(course, ann.id(), RoleType.STUDENT, Optional.empty(), 0, false), NOW));
        Role other = roster.createRole(new RoleGrant(CourseId.DEFAULT, ann.id(), RoleType.STUDENT, Optional.empty(), 0,
                false), NOW);
        assertEquals(List.of(role), roster.roles(course));
        assertEquals(List.of(other, role), roster.rolesOf(new UserName("ann")));
    }

    @Test
    void aPutRoleIsMadeOrBroughtInLineAndARemovedOneIsGone() {
        RosterStore roster = roster();
        UserStore users = users();
        User ann = users.create(new NewUser(new UserName("ann"), UserType.TA, new PersonalDetails("A", "L", null, null, 0)),
                NOW);
        Section s1 = roster.createSection(CourseId.DEFAULT, new SectionName("S1"), NOW);
        Role made = roster.putRole(new RoleGrant(CourseId.DEFAULT, ann.id(), RoleType.TA, Optional.empty(), 0, true), NOW);
        assertEquals(new Role(made.id(), CourseId.DEFAULT, ann, RoleType.TA, Optional.empty(), 0, true), made);
        Role changed = roster.putRole(new RoleGrant(CourseId.DEFAULT, ann.id(), RoleType.STUDENT, Optional.of(s1), 3,
                false), NOW);
        assertEquals(new Role(made.id(), CourseId.DEFAULT, ann, RoleType.STUDENT, Optional.of(s1.name()), 3, true), changed,
                "the same role, its hidden flag kept");
        assertEquals(List.of(changed), roster.roles(CourseId.DEFAULT));
        roster.removeRole(CourseId.DEFAULT, ann.id());
        roster.removeRole(CourseId.DEFAULT, ann.id());
        assertEquals(List.of(), roster.roles(CourseId.DEFAULT));
        roster.putRole(new RoleGrant(CourseId.DEFAULT, ann.id(), RoleType.TA, Optional.empty(), 0, false), NOW);
        users.delete(ann.id());
        assertEquals(List.of(), roster.rolesOf(new UserName("ann")), "a deleted user's roles go with it");
    }

    @Test
    void assignmentsBelongToTheirCourseAndTheOlderRoutesToTheDefaultOne() {
        AssignmentStore assignments = assignments();
        CourseId course = roster().createCourse(new NewCourse(new CourseName("c1"), "C1", false), NOW).id();
        Assignment old = assignments.create(assignment("A0"), NOW);
        Assignment scoped = assignments.create(course, assignment("A1"), NOW);
        assertEquals(Optional.of(CourseId.DEFAULT), assignments.courseOf(old.id()));
        assertEquals(Optional.of(course), assignments.courseOf(scoped.id()));
        assertEquals(List.of(scoped), assignments.inCourse(course));
        assertEquals(List.of(old), assignments.inCourse(CourseId.DEFAULT));
        List<Assignment> listed = new ArrayList<>();
        assignments.list(CourseId.DEFAULT, CollectionQuery.all(AssignmentSchema.SCHEMA)).rows().forEach(listed::add);
        assertEquals(List.of(old), listed, "the older routes list the default course's assignments alone");
        assertThrows(Conflict.class, () -> assignments.create(course, assignment("A0"), NOW));
    }

    private static NewAssignment assignment(String name) {
        ShortIdentifier id = new ShortIdentifier(name);
        return new NewAssignment(id, AssignmentDetails.defaults(id, LocalDate.of(2026, 10, 1)));
    }
}
