package org.courseport.domain.roster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;

/**
 * Where courses (as both APIs see them), their sections and their roles are kept. A taken course
 * name, section name, or a second role of one user in one course, is a {@code Conflict}.
 */
public interface RosterStore {
    CourseInfo createCourse(NewCourse course, Instant now);

    Optional<CourseInfo> findCourse(CourseId id);

    /** Every course, by id. */
    List<CourseInfo> courses();

    Section createSection(CourseId course, SectionName name, Instant now);

    Optional<Section> findSection(CourseId course, SectionName name);

    /** The course's sections, by id. */
    List<Section> sections(CourseId course);

    Role createRole(RoleGrant grant, Instant now);

    /**
     * Gives the user the grant's role, or brings the role it holds there in line with the grant's type,
     * section and grace credits (a role it holds keeps its hidden flag).
     */
    Role putRole(RoleGrant grant, Instant now);

    /** Takes the user's role in the course away, if it holds one. */
    void removeRole(CourseId course, UserId user);

    /** The user's role in the course; the user name is matched regardless of letter case. */
    Optional<Role> findRole(CourseId course, UserName user);

    /** The course's roles, by id. */
    List<Role> roles(CourseId course);

    /** The roles the user holds in any course, by course. */
    List<Role> rolesOf(UserName user);
}
