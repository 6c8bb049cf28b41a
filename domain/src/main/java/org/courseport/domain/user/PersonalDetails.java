package org.courseport.domain.user;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** The descriptive attributes of a user, validated once for both create and update. */
public record PersonalDetails(String firstName, String lastName, String email, String sectionName, int graceCredits) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MAX_TEXT = 255;

    public PersonalDetails {
        firstName = required("first_name", firstName);
        lastName = required("last_name", lastName);
        email = optional("email", email);
        sectionName = optional("section_name", sectionName);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw InvalidInput.field("email", "must look like name@host, not '" + email + "'");
        }
        if (graceCredits < 0) {
            throw InvalidInput.field("grace_credits", "must not be negative");
        }
    }

    private static String required(String field, String value) {
        String text = optional(field, value);
        if (text == null) {
            throw InvalidInput.field(field, "is required");
        }
        return text;
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.field(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
