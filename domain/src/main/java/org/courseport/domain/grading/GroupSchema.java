package org.courseport.domain.grading;

import static org.courseport.domain.query.FieldType.INTEGER;
import static org.courseport.domain.query.FieldType.TEXT;
import static org.courseport.domain.query.FieldType.TIMESTAMP;

import java.util.List;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.ResourceSchema;

/** The attributes of a group on the wire, in order; the memberships nest the users. */
public final class GroupSchema {
    public static final ResourceSchema SCHEMA = new ResourceSchema("groups", List.of(
            FieldSpec.of("id", INTEGER),
            FieldSpec.of("group_name", TEXT),
            FieldSpec.of("assignment_id", INTEGER),
            FieldSpec.shown("student_memberships", TEXT),
            FieldSpec.of("created_at", TIMESTAMP),
            FieldSpec.of("updated_at", TIMESTAMP)));

    private GroupSchema() {
    }
}
