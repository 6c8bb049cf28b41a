package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A result's total as MarkUs computes it. The assignment's maximum ("out of") is the sum of the maxima
 * of its TA-visible criteria that are not bonuses. The subtotal is the sum of the marks on TA-visible
 * criteria, bonuses included (so a bonus can lift the total past the maximum). Extra marks add their
 * points, a percentage counting as that share of the assignment's maximum. The total never goes below 0.
 */
public record Totals(BigDecimal outOf, BigDecimal subtotal, BigDecimal extra, BigDecimal total) {

    public static Totals of(List<Criterion> criteria, Map<Long, BigDecimal> marks, List<ExtraMark> extras) {
        BigDecimal outOf = outOf(criteria);
        BigDecimal subtotal = criteria.stream().filter(c -> c.definition().taVisible())
                .map(c -> marks.getOrDefault(c.id(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal extra = extras.stream().map(e -> e.points(outOf)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(Points.of(outOf), Points.of(subtotal), Points.of(extra),
                Points.of(subtotal.add(extra).max(BigDecimal.ZERO)));
    }

    /** The assignment's maximum: TA-visible criteria that are not bonuses. */
    public static BigDecimal outOf(List<Criterion> criteria) {
        return Points.of(criteria.stream().filter(c -> c.definition().taVisible() && !c.definition().bonus())
                .map(c -> c.definition().maxMark()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
