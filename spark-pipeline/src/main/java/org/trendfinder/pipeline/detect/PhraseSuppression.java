package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.trendfinder.pipeline.detect.RiseStatistic.Tested;

/**
 * Reports one phrase once. For every significant pair where a shorter term's words are a contiguous part
 * of a longer phrase's ("seating" in "flexible seating"):
 * <ul>
 *   <li>the shorter term is dropped when the longer phrase explains most of its rise: the phrase's excess
 *       window projects (beyond its baseline share) are at least half the shorter term's excess. When
 *       "flexible seating" rises, "flexible" and "seating" rise with it and add nothing;</li>
 *   <li>otherwise the longer phrase is dropped when it adds nothing beyond the shorter term: its lift is no
 *       larger than the shorter term's (it just rides along, e.g. "insect kits" with "insects").</li>
 * </ul>
 */
final class PhraseSuppression {

    /** Share of a term's excess a longer phrase must account for to make the term redundant. */
    static final double EXPLAINED = 0.5;

    private PhraseSuppression() {
    }

    static List<Tested> apply(List<Tested> significant) {
        Set<String> dropped = new HashSet<>();
        for (Tested longer : significant) {
            String[] longWords = longer.key().split(" ");
            if (longWords.length < 2) {
                continue;
            }
            for (Tested shorter : significant) {
                String[] shortWords = shorter.key().split(" ");
                if (shortWords.length >= longWords.length || !containsRun(longWords, shortWords)) {
                    continue;
                }
                if (longer.excess() >= EXPLAINED * shorter.excess()) {
                    dropped.add(shorter.key());
                } else if (longer.lift() <= shorter.lift()) {
                    dropped.add(longer.key());
                }
            }
        }
        List<Tested> kept = new ArrayList<>();
        for (Tested t : significant) {
            if (!dropped.contains(t.key())) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** True when {@code part} occurs in {@code whole} as consecutive words. */
    static boolean containsRun(String[] whole, String[] part) {
        for (int start = 0; start + part.length <= whole.length; start++) {
            boolean match = true;
            for (int i = 0; i < part.length && match; i++) {
                match = whole[start + i].equals(part[i]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
