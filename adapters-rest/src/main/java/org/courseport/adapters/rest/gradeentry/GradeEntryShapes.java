package org.courseport.adapters.rest.gradeentry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryItem;

/**
 * Marks spreadsheets in the JSON shapes MarkUs's current API answers. Courseport keeps no visibility window,
 * so {@code visible_on} and {@code visible_until} are null, as MarkUs's are by default.
 */
public final class GradeEntryShapes {
    private GradeEntryShapes() {
    }

    /** A spreadsheet as {@code GET courses/{c}/assignments} lists it beside the assignments: its own columns only. */
    public static Map<String, Object> listedAsAssessment(GradeEntryForm form) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", form.id());
        shape.put("short_identifier", form.shortIdentifier().value());
        shape.put("description", form.description());
        shape.put("message", "");
        shape.put("due_date", dueDate(form));
        shape.put("is_hidden", form.hidden());
        shape.put("visible_on", null);
        shape.put("visible_until", null);
        return shape;
    }

    /** The eight fields every answer about a spreadsheet starts with. */
    static Map<String, Object> fields(GradeEntryForm form) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", form.id());
        shape.put("short_identifier", form.shortIdentifier().value());
        shape.put("description", form.description());
        shape.put("due_date", dueDate(form));
        shape.put("is_hidden", form.hidden());
        shape.put("visible_on", null);
        shape.put("visible_until", null);
        shape.put("show_total", form.showTotal());
        return shape;
    }

    /** As the list shows it: items without their bonus flag. */
    static Map<String, Object> listed(GradeEntryForm form) {
        Map<String, Object> shape = fields(form);
        shape.put("grade_entry_items", form.items().stream().map(item -> item(item, false)).toList());
        return shape;
    }

    static Map<String, Object> item(GradeEntryItem item, boolean withBonus) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", item.id());
        shape.put("name", item.name());
        shape.put("out_of", item.outOf());
        if (withBonus) {
            shape.put("bonus", item.bonus());
        }
        return shape;
    }

    private static String dueDate(GradeEntryForm form) {
        return form.dueDate().map(Object::toString).orElse(null);
    }
}
