package org.courseport.domain.user;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/**
 * A login name: what people and robots type. Kept in Unicode NFC, so a name typed with a precomposed
 * {@code é} and one typed with {@code e} and a combining accent are the same name; unique among users
 * regardless of letter case, as the collection filter compares it.
 */
public record UserName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.@+-]{1,80}");

    public UserName {
        if (value != null) {
            value = Normalizer.normalize(value, Normalizer.Form.NFC);
        }
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw InvalidInput.field("user_name",
                    "must be 1 to 80 letters, digits or _ . @ + -, not '" + value + "'");
        }
    }

    /** Whether the two names are one name for uniqueness and look-ups: equal but for letter case. */
    public boolean sameAs(UserName other) {
        return value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
