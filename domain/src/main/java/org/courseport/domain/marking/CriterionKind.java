package org.courseport.domain.marking;

import java.util.Locale;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** MarkUs's three kinds of criterion. */
public enum CriterionKind {
    /** Levels, each with a mark; MarkUs gives five by default. */
    RUBRIC,
    /** Any mark from 0 to the maximum. */
    FLEXIBLE,
    /** Either 0 or the maximum. */
    CHECKBOX;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code rubric}, {@code flexible}, {@code checkbox} in any case, or MarkUs's class names ({@code RubricCriterion}). */
    public static CriterionKind parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        name = name.endsWith("criterion") ? name.substring(0, name.length() - "criterion".length()) : name;
        for (CriterionKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw InvalidInput.field("type", "must be flexible, rubric or checkbox, not '"
                + WritableText.excerpt(String.valueOf(text)) + "'");
    }
}
