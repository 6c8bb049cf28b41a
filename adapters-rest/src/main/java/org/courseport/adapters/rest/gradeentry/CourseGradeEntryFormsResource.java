package org.courseport.adapters.rest.gradeentry;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.gradeentry.GradeEntryFormRef;
import org.courseport.application.gradeentry.GradeEntrySheet;
import org.courseport.application.gradeentry.GradeUpdate;
import org.courseport.application.gradeentry.ManageGradeEntryForms;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryFormChanges;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.GradeEntryItemChange;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.user.UserName;

/**
 * A course's marks spreadsheets (MarkUs's grade entry forms), as MarkUs's current client calls them: for the
 * course's instructors and admins. Where MarkUs answers 500 (a taken short identifier on update, an invalid
 * item) this answers 409 or 422, and an invalid grade refuses the whole {@code update_grades} with 422 where
 * MarkUs silently leaves that grade unsaved and answers 200.
 */
@Path("api/v1/courses/{course: [0-9]+}/grade_entry_forms")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseGradeEntryFormsResource {
    private final ManageGradeEntryForms forms;

    public CourseGradeEntryFormsResource(ManageGradeEntryForms forms) {
        this.forms = forms;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course) {
        return forms.forms(Authentication.caller(request), CourseId.parse(course)).stream()
                .map(GradeEntryShapes::listed).toList();
    }

    /**
     * MarkUs's client sends all seven keys, nulls too: a null is as good as absent. {@code is_hidden} defaults to
     * false and {@code show_total} to false, as MarkUs's columns; {@code date} is read as the due date.
     */
    @POST
    @Accepts({"short_identifier", "description", "date", "due_date", "is_hidden", "show_total", "grade_entry_items"})
    public Response create(@Context ContainerRequestContext request, @PathParam("course") String course) {
        Params params = Params.of(request);
        String shortIdentifier = params.optional("short_identifier").filter(given -> !given.isBlank())
                .orElseThrow(() -> Unprocessable.field("short_identifier", "is required"));
        List<GradeEntryItem> items = GradeEntryParams.items(params).stream().map(GradeEntryItemChange::added).toList();
        GradeEntryForm made = forms.create(Authentication.caller(request), new GradeEntryForm(0, CourseId.parse(course),
                new ShortIdentifier(shortIdentifier), params.get("description"), GradeEntryParams.dueDate(params),
                params.optionalBoolean("is_hidden").orElse(false), params.optionalBoolean("show_total").orElse(false),
                items));
        return StatusDocument.of(Response.Status.CREATED, made.id());
    }

    /**
     * The client sends only the keys it was given (and names the course again in {@code course_id}; the path's
     * course is the one that counts): a blank description given is refused, as on create.
     */
    @PUT
    @Path("{form: [0-9]+}")
    @Accepts({"course_id", "short_identifier", "description", "date", "due_date", "is_hidden", "show_total",
            "grade_entry_items"})
    public Response update(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("form") long form) {
        Params params = Params.of(request);
        forms.update(Authentication.caller(request), ref(course, form), new GradeEntryFormChanges(
                params.optional("short_identifier").map(ShortIdentifier::new), params.optional("description"),
                GradeEntryParams.dueDate(params),
                params.optionalBoolean("is_hidden"), params.optionalBoolean("show_total"), GradeEntryParams.items(params)));
        return StatusDocument.of(Response.Status.OK);
    }

    /** One student's grades, all or none; the same grades sent again change nothing. */
    @PUT
    @Path("{form: [0-9]+}/update_grades")
    @Accepts({"user_name", "grade_entry_items"})
    public Response updateGrades(@Context ContainerRequestContext request, @PathParam("course") String course,
                                 @PathParam("form") long form) {
        Params params = Params.of(request);
        String student = params.optional("user_name").filter(given -> !given.isBlank())
                .orElseThrow(() -> Unprocessable.field("user_name", "is required"));
        forms.updateGrades(Authentication.caller(request), ref(course, form),
                new GradeUpdate(new UserName(student), GradeEntryParams.grades(params)));
        return StatusDocument.of(Response.Status.OK);
    }

    /** {@code .json}: the form with its students; without an extension (or {@code .csv}) the CSV MarkUs exports. */
    @GET
    @Path("{form: [0-9]+}")
    @Produces("text/csv;qs=1")
    public Response csv(@Context ContainerRequestContext request, @PathParam("course") String course,
                        @PathParam("form") long form) {
        GradeEntrySheet sheet = forms.sheet(Authentication.caller(request), ref(course, form));
        StreamingOutput body = out -> GradeEntryExport.csv(sheet, out);
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "inline; filename=\"" + sheet.form().shortIdentifier().value() + "_grades_report.csv\"").build();
    }

    @GET
    @Path("{form: [0-9]+}")
    @Produces("application/json;qs=0.9")
    public Response json(@Context ContainerRequestContext request, @PathParam("course") String course,
                         @PathParam("form") long form) {
        GradeEntrySheet sheet = forms.sheet(Authentication.caller(request), ref(course, form));
        StreamingOutput body = out -> GradeEntryExport.json(sheet, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static GradeEntryFormRef ref(String course, long form) {
        return new GradeEntryFormRef(CourseId.parse(course), form);
    }
}
