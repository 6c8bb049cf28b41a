package org.courseport.domain.course;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/**
 * A course's name, as edX's opaque keys write it: {@code course-v1:ORG+COURSE+RUN}, or the older
 * {@code ORG/COURSE/RUN}. Both forms of one course parse to the same value; {@link #toString()} gives
 * the {@code course-v1:} form.
 */
public record CourseKey(String org, String course, String run) {
    private static final String PREFIX = "course-v1:";
    /** A part of the {@code course-v1:} form: letters of any script, digits and {@code _ - ~ . :}. */
    private static final Pattern NEW_PART = Pattern.compile("[\\p{L}\\p{N}_\\-~.:]+");
    /** A part of the older form: letters, digits and {@code _ . % -}. */
    private static final Pattern OLD_PART = Pattern.compile("[\\p{L}\\p{N}_.%\\-]+");
    /** What a part may hold in either form, so a key read from the store is always valid. */
    private static final Pattern ANY_PART = Pattern.compile("[\\p{L}\\p{N}_\\-~.:%]+");
    private static final int MAX_LENGTH = 255;

    public CourseKey {
        check("org", org, ANY_PART);
        check("course", course, ANY_PART);
        check("run", run, ANY_PART);
    }

    /** Reads either form; anything else is an {@link InvalidInput} naming the part at fault. */
    public static CourseKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("course_key", "is required: course-v1:ORG+COURSE+RUN or ORG/COURSE/RUN");
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInput.field("course_key", "may be at most " + MAX_LENGTH + " characters long");
        }
        if (text.startsWith(PREFIX)) {
            String[] parts = text.substring(PREFIX.length()).split("\\+", -1);
            if (parts.length != 3) {
                throw InvalidInput.field("course_key", "'" + text + "' must be course-v1:ORG+COURSE+RUN, three parts joined by +");
            }
            return of(parts, NEW_PART, "letters, digits and _ - ~ . :");
        }
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw InvalidInput.field("course_key", "'" + text + "' must be course-v1:ORG+COURSE+RUN or ORG/COURSE/RUN with exactly two slashes");
        }
        return of(parts, OLD_PART, "letters, digits and _ . % -");
    }

    private static CourseKey of(String[] parts, Pattern allowed, String description) {
        String[] names = {"org", "course", "run"};
        for (int i = 0; i < 3; i++) {
            if (!allowed.matcher(parts[i]).matches()) {
                throw InvalidInput.field("course_key", "the " + names[i] + " part '" + parts[i]
                        + "' must be one or more " + description);
            }
        }
        return new CourseKey(parts[0], parts[1], parts[2]);
    }

    private static void check(String name, String part, Pattern allowed) {
        if (part == null || !allowed.matcher(part).matches()) {
            throw InvalidInput.field("course_key", "the " + name + " part '" + part + "' is not allowed in a course key");
        }
    }

    @Override
    public String toString() {
        return PREFIX + org + "+" + course + "+" + run;
    }
}
