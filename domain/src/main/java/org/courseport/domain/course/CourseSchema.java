package org.courseport.domain.course;

import static org.courseport.domain.query.FieldType.INTEGER;
import static org.courseport.domain.query.FieldType.TEXT;
import static org.courseport.domain.query.FieldType.TIMESTAMP;

import java.util.List;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.ResourceSchema;

/** The attributes of a course in a collection, in order. */
public final class CourseSchema {
    public static final ResourceSchema SCHEMA = new ResourceSchema("courses", List.of(
            FieldSpec.of("id", INTEGER),
            FieldSpec.of("course_key", TEXT),
            FieldSpec.of("display_name", TEXT),
            FieldSpec.of("current_version", INTEGER),
            FieldSpec.of("created_at", TIMESTAMP),
            FieldSpec.of("updated_at", TIMESTAMP)));

    private CourseSchema() {
    }
}
