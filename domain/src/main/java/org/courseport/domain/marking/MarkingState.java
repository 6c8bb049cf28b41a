package org.courseport.domain.marking;

import java.util.Locale;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** A result's marking state: while incomplete its marks change; once complete they are fixed. */
public enum MarkingState {
    INCOMPLETE, COMPLETE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exactly {@code complete} or {@code incomplete}, as MarkUs takes them. */
    public static MarkingState parse(String text) {
        for (MarkingState state : values()) {
            if (state.wireName().equals(text)) {
                return state;
            }
        }
        throw InvalidInput.field("marking_state", "must be complete or incomplete, not '"
                + WritableText.excerpt(String.valueOf(text)) + "'");
    }
}
