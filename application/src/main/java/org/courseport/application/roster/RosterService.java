package org.courseport.application.roster;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserStore;

/** Courses as MarkUs sees them, their sections and roles, and who may enter which course to do what. */
public final class RosterService implements ListMemberCourses, CreateCourse, ListRoles, AddRole, ListSections,
        CreateSection, EnterCourse {
    private final RosterStore roster;
    private final UserStore users;
    private final AssignmentStore assignments;
    private final Clock clock;

    public RosterService(RosterStore roster, UserStore users, AssignmentStore assignments, Clock clock) {
        this.roster = roster;
        this.users = users;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public List<CourseInfo> list(Caller caller) {
        List<CourseInfo> courses = roster.courses().stream().filter(c -> caller.grant().covers(c.id())).toList();
        if (caller.type().isAdmin()) {
            return courses;
        }
        List<CourseId> entered = roster.rolesOf(caller.name()).stream().filter(r -> !r.hidden()).map(Role::course).toList();
        return courses.stream().filter(c -> entered.contains(c.id())).toList();
    }

    @Override
    public CourseInfo create(Caller caller, NewCourse course) {
        caller.require(Permission.MANAGE);
        return roster.createCourse(course, clock.instant());
    }

    @Override
    public List<Role> roles(Caller caller, CourseId course) {
        enter(caller, course, CourseAction.READ);
        return roster.roles(course);
    }

    @Override
    public Role add(Caller caller, CourseId course, NewRole role) {
        enter(caller, course, CourseAction.MANAGE);
        User user = users.findByName(role.user()).orElseThrow(() ->
                InvalidInput.field("user_name", "no user is named " + role.user()));
        Optional<Section> section = role.section().map(name -> roster.findSection(course, name).orElseThrow(() ->
                InvalidInput.field("section_name", "the course has no section named " + name)));
        return roster.createRole(new RoleGrant(course, user.id(), role.type(), section, role.graceCredits(),
                role.hidden()), clock.instant());
    }

    @Override
    public List<Section> sections(Caller caller, CourseId course) {
        enter(caller, course, CourseAction.READ);
        return roster.sections(course);
    }

    @Override
    public Section create(Caller caller, CourseId course, SectionName name) {
        enter(caller, course, CourseAction.MANAGE);
        return roster.createSection(course, name, clock.instant());
    }

    @Override
    public CourseAccess enter(Caller caller, CourseId course, CourseAction action) {
        roster.findCourse(course).orElseThrow(() -> new NotFound("no course has id " + course.value()));
        CourseAccess access = new CourseAccess(course, caller, roster.findRole(course, caller.name()));
        access.require(action);
        return access;
    }

    @Override
    public CourseAccess enter(Caller caller, CourseId course, AssignmentId assignment, CourseAction action) {
        CourseAccess access = enter(caller, course, action);
        if (!assignments.courseOf(assignment).map(course::equals).orElse(false)) {
            throw new NotFound("course " + course.value() + " has no assignment with id " + assignment.value());
        }
        return access;
    }
}
