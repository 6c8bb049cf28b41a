package org.courseport.application.gradeentry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.user.UserName;

/** One student's new grades by item name; an empty grade removes the one given before. */
public record GradeUpdate(UserName student, Map<String, Optional<Double>> grades) {
    public GradeUpdate {
        Objects.requireNonNull(student, "student");
        grades = new LinkedHashMap<>(grades);
    }
}
