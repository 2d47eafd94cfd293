package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.List;

import org.trendfinder.pipeline.detect.RiseStatistic.Tested;

/**
 * Reports a term only when its rise is its own. A term whose window excess (projects beyond its baseline share)
 * lies mostly in the window projects of a higher-ranked reported trend rose because that trend did: the words
 * that come with a new product or theme ("kit" with "solar panel kits", a recurring phrase of the requests
 * that mention it) belong in that trend's co-occurrences, not in the list beside it. This generalizes
 * {@link PhraseSuppression}'s rule from sub-phrases to any co-occurring term, with a stricter share (see
 * {@link #EXPLAINED}).
 *
 * <p>The part of term b's excess explained by trend a is b's projects inside a's window projects beyond what
 * b's baseline share predicts there: {@code both - x_a * p0_b}. For an unrelated b this is only about
 * {@code x_a / n} of b's excess (a's share of the window), so two independent trends never absorb each other.
 * Overlaps are computed only while the list is being filled, walking down the ranking: at most a few dozen
 * terms against the few already kept.
 */
final class CoOccurrenceSuppression {

    /**
     * Share of a term's excess that must lie in a higher trend's projects. Stricter than
     * {@link PhraseSuppression#EXPLAINED}: unrelated trends that draw on the same audience (both taken up by
     * suburban high schools, say) share more projects than chance, and about half of a term's excess can lie in
     * another trend's projects that way; a term that only rides along has nearly all of it there.
     */
    static final double EXPLAINED = 0.75;

    private CoOccurrenceSuppression() {
    }

    /** The kept terms, best first, and how many were passed over as explained by one of them. */
    record Result(List<Tested> kept, int explained) {
    }

    /**
     * @param ranked significant terms, best first
     * @param limit  how many to keep
     * @return the first {@code limit} terms, in order, whose rise no earlier kept term explains
     */
    static Result apply(List<Tested> ranked, int limit) {
        List<Tested> kept = new ArrayList<>();
        int explained = 0;
        for (Tested candidate : ranked) {
            if (kept.size() >= limit) {
                break;
            }
            if (kept.stream().anyMatch(trend -> explains(trend, candidate))) {
                explained++;
            } else {
                kept.add(candidate);
            }
        }
        return new Result(List.copyOf(kept), explained);
    }

    /** True when at least {@link #EXPLAINED} of {@code term}'s excess lies in {@code trend}'s projects. */
    static boolean explains(Tested trend, Tested term) {
        double excess = term.excess();
        if (excess <= 0) {
            return false;
        }
        long both = trend.term().projectsWith(term.term());
        double excessInTrend = both - trend.x() * term.baselineShare();
        return excessInTrend >= EXPLAINED * excess;
    }
}
