package org.courseport.domain.user;

import static org.courseport.domain.query.FieldType.INTEGER;
import static org.courseport.domain.query.FieldType.TEXT;
import static org.courseport.domain.query.FieldType.TIMESTAMP;

import java.util.List;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.ResourceSchema;

/** The attributes of a user on the wire, in order. */
public final class UserSchema {
    public static final ResourceSchema SCHEMA = new ResourceSchema("users", List.of(
            FieldSpec.of("id", INTEGER),
            FieldSpec.of("user_name", TEXT),
            FieldSpec.of("type", TEXT),
            FieldSpec.of("first_name", TEXT),
            FieldSpec.of("last_name", TEXT),
            FieldSpec.of("email", TEXT),
            FieldSpec.of("section_name", TEXT),
            FieldSpec.of("grace_credits", INTEGER),
            FieldSpec.of("created_at", TIMESTAMP),
            FieldSpec.of("updated_at", TIMESTAMP)));

    private UserSchema() {
    }
}
