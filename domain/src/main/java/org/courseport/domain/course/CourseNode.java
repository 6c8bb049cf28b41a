package org.courseport.domain.course;

import java.util.List;
import java.util.Objects;

/**
 * One node of a course's outline: the course itself, a chapter, sequential, vertical or a leaf
 * component (html, problem, video…). {@code displayName} is null when the OLX gives none.
 */
public record CourseNode(String kind, String urlName, String displayName, List<CourseNode> children) {
    public CourseNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(urlName, "urlName");
        children = List.copyOf(children);
    }

    /** This node and every node below it. */
    public long size() {
        return 1 + children.stream().mapToLong(CourseNode::size).sum();
    }
}
