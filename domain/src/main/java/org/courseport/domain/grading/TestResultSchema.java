package org.courseport.domain.grading;

import static org.courseport.domain.query.FieldType.INTEGER;
import static org.courseport.domain.query.FieldType.TEXT;
import static org.courseport.domain.query.FieldType.TIMESTAMP;

import java.util.List;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.ResourceSchema;

/** The attributes of a test result on the wire, in order. */
public final class TestResultSchema {
    public static final ResourceSchema SCHEMA = new ResourceSchema("test_results", List.of(
            FieldSpec.of("id", INTEGER),
            FieldSpec.of("submission_id", INTEGER),
            FieldSpec.of("filename", TEXT),
            FieldSpec.shown("file_content", TEXT),
            FieldSpec.of("created_at", TIMESTAMP),
            FieldSpec.of("updated_at", TIMESTAMP)));

    private TestResultSchema() {
    }
}
