package org.courseport.domain.marking;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.user.UserId;

/** An annotation about to be stored on a file of a result, with the category it is filed under, if any. */
public record NewAnnotation(SubmissionPath path, String content, Optional<String> category, AnnotationLocation location,
                            UserId creator) {
    private static final int MAX_CONTENT = 100_000;
    private static final int MAX_CATEGORY = 255;

    public NewAnnotation {
        Objects.requireNonNull(path, "path");
        if (content == null || content.isBlank()) {
            throw new Unprocessable("content: every annotation needs content");
        }
        if (content.length() > MAX_CONTENT) {
            throw new Unprocessable("content: at most " + MAX_CONTENT + " characters");
        }
        category = category.map(String::strip).filter(name -> !name.isEmpty());
        if (category.filter(name -> name.length() > MAX_CATEGORY).isPresent()) {
            throw new Unprocessable("annotation_category_name: at most " + MAX_CATEGORY + " characters");
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(creator, "creator");
    }
}
