package org.courseport.domain.audit;

import static org.courseport.domain.query.FieldType.INTEGER;
import static org.courseport.domain.query.FieldType.TEXT;
import static org.courseport.domain.query.FieldType.TIMESTAMP;

import java.util.List;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.ResourceSchema;

/** The attributes of an audit entry on the wire, in order. */
public final class AuditSchema {
    public static final ResourceSchema SCHEMA = new ResourceSchema("audit entries", List.of(
            FieldSpec.of("id", INTEGER),
            FieldSpec.of("at", TIMESTAMP),
            FieldSpec.of("user_name", TEXT),
            FieldSpec.of("token_name", TEXT),
            FieldSpec.of("method", TEXT),
            FieldSpec.of("route", TEXT),
            FieldSpec.of("status", INTEGER),
            FieldSpec.of("request_id", TEXT)));

    private AuditSchema() {
    }
}
