package org.courseport.domain.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;

/** A token asked for: its name and, where given, its scopes, courses and expiry (else those of the asking token). */
public record NewToken(TokenName name, Optional<Set<Scope>> scopes, Optional<Set<CourseId>> courses,
                       Optional<Instant> expiresAt) {
    public NewToken {
        Objects.requireNonNull(name, "name");
        scopes = scopes.map(Set::copyOf);
        courses = courses.map(Set::copyOf);
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (scopes.filter(Set::isEmpty).isPresent()) {
            throw InvalidInput.field("scopes", "name at least one scope, or none to take the asking token's");
        }
        if (courses.filter(Set::isEmpty).isPresent()) {
            throw InvalidInput.field("courses", "name at least one course, or none for the asking token's");
        }
    }
}
