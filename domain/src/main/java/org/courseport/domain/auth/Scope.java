package org.courseport.domain.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseport.domain.error.InvalidInput;

/**
 * What a token may be used for, whatever its holder's role allows beyond. Each route family needs one
 * scope; the role still decides as before, so a scope never lets a user do more than their role.
 */
public enum Scope {
    USERS_READ("users:read"),
    USERS_WRITE("users:write"),
    COURSES_READ("courses:read"),
    COURSES_IMPORT("courses:import"),
    COURSES_EXPORT("courses:export"),
    GRADING_READ("grading:read"),
    GRADING_WRITE("grading:write"),
    SUBMISSIONS_READ("submissions:read"),
    RESULTS_WRITE("results:write"),
    /** Changes who may do what: courses and their roles and sections, git sources, the audit. */
    ADMIN("admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Set<Scope> all() {
        return EnumSet.allOf(Scope.class);
    }

    public static Scope parse(String text) {
        String given = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wireName.equals(given)).findFirst()
                .orElseThrow(() -> InvalidInput.field("scopes", "unknown scope '" + given + "'; known: " + list(all())));
    }

    /** Reads a list of scopes separated by commas or spaces, as the CLI and the stores write them. */
    public static Set<Scope> parseList(String text) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                scopes.add(parse(part));
            }
        }
        return scopes;
    }

    /** The wire names, space separated, in declaration order. */
    public static String list(Collection<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::wireName).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
