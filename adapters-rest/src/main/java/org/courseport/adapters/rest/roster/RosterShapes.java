package org.courseport.adapters.rest.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.Section;

/** Courses, roles and sections in the JSON shapes MarkUs's current API answers. */
final class RosterShapes {
    private RosterShapes() {
    }

    /** MarkUs's keys; a course has no start or end here, so those are null as in a MarkUs course without them. */
    static Map<String, Object> course(CourseInfo course) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", course.id().value());
        shape.put("name", course.name());
        shape.put("is_hidden", course.hidden());
        shape.put("display_name", course.displayName());
        shape.put("start_at", null);
        shape.put("end_at", null);
        shape.put("course_key", course.olxKey().map(Object::toString).orElse(null));
        return shape;
    }

    static Map<String, Object> role(Role role) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", role.id());
        shape.put("user_name", role.user().userName().value());
        shape.put("email", role.user().details().email());
        shape.put("id_number", null);
        shape.put("first_name", role.user().details().firstName());
        shape.put("last_name", role.user().details().lastName());
        shape.put("type", role.type().wireName());
        shape.put("grace_credits", role.graceCredits());
        shape.put("hidden", role.hidden());
        return shape;
    }

    static Map<String, Object> section(Section section) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", section.id());
        shape.put("name", section.name().value());
        return shape;
    }
}
