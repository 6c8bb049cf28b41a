package org.courseport.client.http;

import java.time.Instant;
import org.courseport.client.json.JsonObject;

/** A course as the list answers it; {@code currentVersion} is 0 before its first import. */
public record Course(long id, String courseKey, String displayName, int currentVersion, Instant createdAt,
                     Instant updatedAt) {

    static Course from(JsonObject course) {
        return new Course(course.number("id"), course.text("course_key"), course.text("display_name"),
                (int) course.number("current_version"), Instant.parse(course.text("created_at")),
                Instant.parse(course.text("updated_at")));
    }
}
