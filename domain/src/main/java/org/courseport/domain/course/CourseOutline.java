package org.courseport.domain.course;

import java.util.List;
import java.util.Objects;

/**
 * What a course's OLX says about it: the key its {@code course.xml} names, its title, the tree of
 * chapters to components, and what the reader noticed but could still use (an unknown component kind).
 */
public record CourseOutline(CourseKey key, String displayName, CourseNode root, List<String> warnings) {
    public CourseOutline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(root, "root");
        warnings = List.copyOf(warnings);
    }
}
