package org.courseport.domain.course;

import java.util.Objects;

/**
 * A unit changed in Studio but not published, as edX exports it under {@code drafts/}: its subtree,
 * and the block it belongs under as {@code kind/url_name} (null when the draft names none). Drafts are
 * kept apart from the published tree, never mixed into it.
 */
public record CourseDraft(CourseNode node, String parent) {
    public CourseDraft {
        Objects.requireNonNull(node, "node");
    }
}
