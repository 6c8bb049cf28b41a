package org.courseport.domain.course;

import java.util.List;
import java.util.Objects;

/**
 * What a course's OLX says about it: the key its {@code course.xml} names, its title, the tree of
 * chapters to components, the drafts beside it, and what the reader noticed but could still use (an
 * unknown component kind, a reference it could not resolve).
 */
public record CourseOutline(CourseKey key, String displayName, CourseNode root, List<CourseDraft> drafts,
                            List<String> warnings) {
    public CourseOutline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(root, "root");
        drafts = List.copyOf(drafts);
        warnings = List.copyOf(warnings);
    }

    /** An outline without drafts, as most courses have. */
    public CourseOutline(CourseKey key, String displayName, CourseNode root, List<String> warnings) {
        this(key, displayName, root, List.of(), warnings);
    }

    /** The part a version keeps: the published tree and its drafts. */
    public CourseTree tree() {
        return new CourseTree(root, drafts);
    }
}
