package org.courseport.domain.marking;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.user.UserId;

/** A stored annotation on a file of a group's result. */
public record Annotation(long id, GroupId group, SubmissionPath path, String content, Optional<String> category,
                         AnnotationLocation location, UserId creator) {
    public Annotation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(creator, "creator");
    }
}
