package org.courseport.adapters.rest.marking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.application.marking.GradesSummary;
import org.courseport.application.marking.ReadGradesSummary;
import org.courseport.application.marking.SummaryRow;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.StudentMarks;
import org.courseport.domain.marking.Totals;
import org.courseport.domain.text.WritableText;

/**
 * An assignment's grades as MarkUs's {@code grades_summary}: CSV whatever the extension (its client asks
 * for {@code grades_summary.json} and reads text). A header row, an "Out Of" row of maxima, then a row
 * per student in a group, by user name, streamed as the store reads them. Everything is checked first.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/grades_summary")
public final class GradesSummaryResource {
    private static final List<String> STUDENT_COLUMNS = List.of("Group name", "User Name", "Section", "Last Name",
            "First Name", "ID number", "Email");
    private final ReadGradesSummary summaries;

    public GradesSummaryResource(ReadGradesSummary summaries) {
        this.summaries = summaries;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    public Response csv(@Context ContainerRequestContext request, @PathParam("course") String course,
                        @PathParam("assignment") String assignment) {
        GradesSummary summary = summaries.gradesSummary(Authentication.caller(request), CourseId.parse(course),
                AssignmentId.parse(assignment));
        StreamingOutput body = out -> {
            try (CSVPrinter csv = CSVFormat.RFC4180.print(new BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8)))) {
                write(summary, csv);
            }
        };
        return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8").build();
    }

    private static void write(GradesSummary summary, CSVPrinter csv) throws IOException {
        List<Object> header = new ArrayList<>(STUDENT_COLUMNS);
        header.add("Total Mark");
        for (Criterion criterion : summary.columns()) {
            header.add(criterion.name() + (criterion.definition().bonus() ? " (Bonus)" : ""));
        }
        header.add("Bonus/Deductions");
        csv.printRecord(cells(header));
        List<Object> outOf = new ArrayList<>();
        for (int i = 1; i < STUDENT_COLUMNS.size(); i++) {
            outOf.add("");
        }
        outOf.add("Out Of");
        outOf.add(summary.outOf());
        summary.columns().forEach(c -> outOf.add(c.definition().maxMark()));
        outOf.add("");
        csv.printRecord(cells(outOf));
        try {
            summary.rows(row -> {
                try {
                    csv.printRecord(cells(row(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<Object> row(SummaryRow row) {
        StudentMarks s = row.student();
        List<Object> cells = new ArrayList<>(List.of(s.groupName(), s.userName(), s.section().orElse(""), s.lastName(),
                s.firstName(), "", s.email().orElse("")));
        cells.add(row.totals().map(Totals::total).map(Object.class::cast).orElse(""));
        row.marks().forEach(mark -> cells.add(mark.map(Object.class::cast).orElse("")));
        cells.add(row.totals().map(Totals::extra).map(Object.class::cast).orElse(""));
        return cells;
    }

    /** Numbers as plain decimals ({@code 7.5}, never {@code 1E+1}); text made writable. */
    private static List<String> cells(List<Object> values) {
        return values.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString()
                : WritableText.writable(String.valueOf(v))).toList();
    }
}
