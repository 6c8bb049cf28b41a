package org.courseport.domain.marking;

import java.util.Locale;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** How an extra mark counts: in points, or as a percentage of the assignment's maximum mark. */
public enum ExtraMarkUnit {
    POINTS, PERCENTAGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExtraMarkUnit parse(String text) {
        for (ExtraMarkUnit unit : values()) {
            if (unit.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return unit;
            }
        }
        throw InvalidInput.field("unit", "must be points or percentage, not '" + WritableText.excerpt(String.valueOf(text)) + "'");
    }
}
