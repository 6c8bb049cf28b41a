package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The fields a create or an update gives; a null field was not given. A new criterion is ta-visible,
 * not peer-visible and not a bonus unless told, as in MarkUs.
 */
public record CriterionChanges(String name, CriterionKind kind, BigDecimal maxMark, String description, Boolean bonus,
                               Boolean taVisible, Boolean peerVisible, List<RubricLevel> levels) {

    /** A new criterion of these fields: name, kind and maximum are required. */
    public CriterionDefinition create() {
        if (kind == null) {
            throw org.courseport.domain.error.InvalidInput.field("type", "is required");
        }
        return new CriterionDefinition(name, kind, maxMark, description, or(bonus, false), or(taVisible, true),
                or(peerVisible, false), levels);
    }

    /**
     * {@code current} with these fields over it. A rubric whose maximum changes without new levels keeps
     * its levels in proportion (MarkUs scales them); a criterion that becomes a rubric gets the defaults.
     */
    public CriterionDefinition applyTo(CriterionDefinition current) {
        CriterionKind newKind = or(kind, current.kind());
        BigDecimal newMax = maxMark == null ? current.maxMark() : Points.of(maxMark);
        List<RubricLevel> newLevels = levels;
        if (newLevels == null && newKind == CriterionKind.RUBRIC && current.kind() == CriterionKind.RUBRIC) {
            BigDecimal ratio = newMax.divide(current.maxMark(), MathContext.DECIMAL64);
            newLevels = current.levels().stream()
                    .map(l -> new RubricLevel(l.name(), l.description(), l.mark().multiply(ratio).min(newMax)))
                    .toList();
        }
        return new CriterionDefinition(or(name, current.name()), newKind, newMax, or(description, current.description()),
                or(bonus, current.bonus()), or(taVisible, current.taVisible()), or(peerVisible, current.peerVisible()),
                newLevels);
    }

    private static <T> T or(T given, T otherwise) {
        return given != null ? given : otherwise;
    }
}
