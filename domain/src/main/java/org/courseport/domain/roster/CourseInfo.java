package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.course.CourseKey;

/**
 * A course as both APIs see it: MarkUs's name, display name and hidden flag, and the OLX key whose
 * content it holds when it was imported (or, made through MarkUs's route, none). The name is text as
 * stored: an imported course's name is made from its key and may hold letters MarkUs's names do not.
 */
public record CourseInfo(CourseId id, String name, String displayName, boolean hidden, Optional<CourseKey> olxKey) {
    public CourseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(olxKey, "olxKey");
    }
}
