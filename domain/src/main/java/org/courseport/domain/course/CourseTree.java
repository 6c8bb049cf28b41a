package org.courseport.domain.course;

import java.util.List;
import java.util.Objects;

/** What a version's outline holds: the published tree from the course down, and its drafts beside it. */
public record CourseTree(CourseNode root, List<CourseDraft> drafts) {
    public CourseTree {
        Objects.requireNonNull(root, "root");
        drafts = List.copyOf(drafts);
    }
}
