package org.courseport.adapters.rest.gradeentry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.gradeentry.GradeEntrySheet;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.StudentGrades;
import org.courseport.domain.text.WritableText;

/**
 * A marks spreadsheet written as MarkUs's {@code export_as_csv} and {@code export_as_json} write it, one student
 * row at a time, so a course of any size streams with flat memory.
 */
final class GradeEntryExport {
    /**
     * MarkUs's student columns: {@code Student::CSV_ORDER} as its shipped {@code settings.yml} orders them, named
     * through {@code GradeEntryForm.human_attribute_name}, which finds no translation and humanizes the field.
     */
    private static final List<String> STUDENT_HEADERS = List.of("User name", "Last name", "First name", "Section name",
            "Id number", "Email");
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private GradeEntryExport() {
    }

    /**
     * The CSV: the header row (student fields, item names, {@code Total} when shown), the {@code Out Of} row (item
     * maxima, then the form's maximum without bonus items), then a row per student; a missing grade or total is an
     * empty quoted cell, as Ruby's CSV writes MarkUs's {@code ''}.
     */
    static void csv(GradeEntrySheet sheet, OutputStream out) throws IOException {
        GradeEntryForm form = sheet.form();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>(STUDENT_HEADERS);
        form.items().forEach(item -> titles.add(item.name()));
        List<String> maxima = new ArrayList<>(List.of("", "", "", "", "", "Out Of"));
        form.items().forEach(item -> maxima.add(RubyNumbers.text(item.outOf())));
        if (form.showTotal()) {
            titles.add("Total");
            maxima.add(RubyNumbers.text(form.maxMark()));
        }
        RubyCsv.line(writer, titles);
        RubyCsv.line(writer, maxima);
        sheet.students().forEach(student -> {
            // Courseport keeps no student numbers: the id_number cell is empty, as MarkUs's nil.
            List<String> row = new ArrayList<>(Arrays.asList(student.userName().value(), student.lastName(),
                    student.firstName(), student.section().orElse(null), null, student.email().orElse(null)));
            form.items().forEach(item -> row.add(student.grade(item).map(RubyNumbers::text).orElse("")));
            if (form.showTotal()) {
                row.add(student.total().map(RubyNumbers::text).orElse(""));
            }
            try {
                RubyCsv.line(writer, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** The JSON: the form's fields, its items with their bonus flag, and its students with their grades by item name. */
    static void json(GradeEntrySheet sheet, OutputStream out) throws IOException {
        GradeEntryForm form = sheet.form();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : GradeEntryShapes.fields(form).entrySet()) {
                json.writeObjectField(field.getKey(), field.getValue());
            }
            json.writeArrayFieldStart("grade_entry_items");
            for (GradeEntryItem item : form.items()) {
                json.writeObject(GradeEntryShapes.item(item, true));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("students");
            sheet.students().forEach(student -> {
                try {
                    student(json, form, student);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code total_grade} only when the form shows totals, as MarkUs. */
    private static void student(JsonGenerator json, GradeEntryForm form, StudentGrades student) throws IOException {
        json.writeStartObject();
        json.writeStringField("user_name", student.userName().value());
        json.writeStringField("last_name", WritableText.writable(student.lastName()));
        json.writeStringField("first_name", WritableText.writable(student.firstName()));
        json.writeNullField("id_number");
        json.writeStringField("email", student.email().orElse(null));
        json.writeStringField("section_name", student.section().orElse(null));
        json.writeObjectFieldStart("grades");
        for (GradeEntryItem item : form.items()) {
            Optional<Double> grade = student.grade(item);
            if (grade.isPresent()) {
                json.writeNumberField(item.name(), grade.get());
            }
        }
        json.writeEndObject();
        if (form.showTotal()) {
            Optional<Double> total = student.total();
            if (total.isPresent()) {
                json.writeNumberField("total_grade", total.get());
            } else {
                json.writeNullField("total_grade");
            }
        }
        json.writeEndObject();
    }
}
