package org.courseport.domain.grading;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/**
 * The course an assignment belongs to, by course key: {@code course-v1:ORG+COURSE+RUN} or the older
 * {@code ORG/COURSE/RUN}, both kept in the {@code course-v1:} form.
 */
public record CourseReference(String key) {
    private static final String PREFIX = "course-v1:";
    private static final Pattern NEW_PART = Pattern.compile("[\\p{L}\\p{N}_~.:-]+");
    private static final Pattern OLD_PART = Pattern.compile("[\\p{L}\\p{N}_.%-]+");

    public CourseReference {
        key = canonical(key);
    }

    private static String canonical(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("course", "is empty");
        }
        String key = text.strip();
        boolean current = key.startsWith(PREFIX);
        String[] parts = current ? key.substring(PREFIX.length()).split("\\+", -1) : key.split("/", -1);
        Pattern allowed = current ? NEW_PART : OLD_PART;
        if (parts.length != 3) {
            throw InvalidInput.field("course", "must be course-v1:ORG+COURSE+RUN or ORG/COURSE/RUN, not '" + text + "'");
        }
        String[] names = {"org", "course", "run"};
        for (int i = 0; i < 3; i++) {
            if (!allowed.matcher(parts[i]).matches()) {
                throw InvalidInput.field("course", "the " + names[i] + " part '" + parts[i] + "' of '" + text
                        + "' has a character a course key does not allow");
            }
        }
        return PREFIX + String.join("+", parts);
    }

    @Override
    public String toString() {
        return key;
    }
}
