package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.courseport.domain.error.InvalidInput;

/**
 * What a criterion is, as given: a name unique in its assignment, its kind, a maximum above zero, and
 * MarkUs's flags. A rubric holds levels within 0..maximum, by default MarkUs's five (0, ¼, ½, ¾ and all
 * of the maximum); the other kinds hold none.
 */
public record CriterionDefinition(String name, CriterionKind kind, BigDecimal maxMark, String description,
                                  boolean bonus, boolean taVisible, boolean peerVisible, List<RubricLevel> levels) {
    private static final int MAX_NAME = 255;
    private static final List<String> DEFAULT_LEVELS = List.of("Very Poor", "Weak", "Passable", "Good", "Excellent");

    public CriterionDefinition {
        if (name == null || name.isBlank()) {
            throw InvalidInput.field("name", "is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw InvalidInput.field("name", "must be at most " + MAX_NAME + " characters");
        }
        Objects.requireNonNull(kind, "kind");
        if (maxMark == null) {
            throw InvalidInput.field("max_mark", "is required");
        }
        maxMark = Points.of(maxMark);
        if (maxMark.signum() <= 0) {
            throw InvalidInput.field("max_mark", "must be greater than 0");
        }
        description = description == null ? "" : description;
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (kind != CriterionKind.RUBRIC && !levels.isEmpty()) {
            throw InvalidInput.field("levels", "only a rubric criterion has levels");
        }
        if (kind == CriterionKind.RUBRIC) {
            levels = levels.isEmpty() ? defaultLevels(maxMark) : levels;
            checkLevels(levels, maxMark);
        }
    }

    /** MarkUs's five default levels of a rubric with this maximum. */
    public static List<RubricLevel> defaultLevels(BigDecimal maxMark) {
        return java.util.stream.IntStream.range(0, DEFAULT_LEVELS.size())
                .mapToObj(i -> new RubricLevel(DEFAULT_LEVELS.get(i), "",
                        maxMark.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4))))
                .toList();
    }

    /** Whether {@code mark} is one this criterion can give: 0..maximum, and for a checkbox 0 or the maximum. */
    public boolean allows(BigDecimal mark) {
        if (kind == CriterionKind.CHECKBOX) {
            return mark.signum() == 0 || mark.compareTo(maxMark) == 0;
        }
        return mark.signum() >= 0 && mark.compareTo(maxMark) <= 0;
    }

    private static void checkLevels(List<RubricLevel> levels, BigDecimal maxMark) {
        java.util.Set<String> names = new HashSet<>();
        for (RubricLevel level : levels) {
            if (!names.add(level.name())) {
                throw InvalidInput.field("levels", "two levels are named " + level.name());
            }
            if (level.mark().compareTo(maxMark) > 0) {
                throw InvalidInput.field("levels", "level " + level.name() + " gives more than max_mark " + maxMark.toPlainString());
            }
        }
    }
}
