package org.trendfinder.pipeline.detect;

import java.util.Comparator;
import java.util.List;

/**
 * Names a trend by the member phrase that best says what it is:
 * <ol>
 *   <li>a phrase teachers write (in a title or an essay, or any field but the item names) over one found only in
 *       catalogue item names: "X" over "x starter set", three words from the middle of "Brand X Starter Set 4
 *       Pack";</li>
 *   <li>among those, the phrase with the largest excess (window projects beyond its baseline share);</li>
 *   <li>then a longer variant of it when that variant carries nearly all of its excess ({@link #LONGER_SHARE}):
 *       "wobble chair" over "wobble" when "wobble" is hardly ever written without "chair", but "seating" over
 *       "flexible seating" when seating rose well beyond it.</li>
 * </ol>
 */
final class TrendLabel {

    /** A term is "written" in a field holding it in at least this share of its window projects. */
    static final double WRITTEN_SHARE = 0.1;
    /** Share of the label's excess a longer variant must carry to name the trend instead. */
    static final double LONGER_SHARE = 0.8;

    private static final Comparator<Tested> BY_EXCESS = Comparator.comparingDouble(Tested::excess)
            .thenComparingInt(Tested::words).thenComparing(Tested::key, Comparator.reverseOrder());

    private TrendLabel() {
    }

    /**
     * @param members   the trend's terms
     * @param itemField index of the item-name field among the analyzed texts, or -1 when it is not analyzed
     */
    static Tested choose(List<Tested> members, int itemField) {
        List<Tested> written = members.stream().filter(m -> writtenOutsideItems(m, itemField)).toList();
        List<Tested> pool = written.isEmpty() ? members : written;
        Tested label = pool.stream().max(BY_EXCESS).orElseThrow();
        while (true) {
            Tested current = label;
            String[] words = current.key().split(" ");
            Tested longer = pool.stream()
                    .filter(m -> m.words() > current.words()
                            && PhraseSuppression.containsRun(m.key().split(" "), words)
                            && m.excess() >= LONGER_SHARE * current.excess())
                    .max(BY_EXCESS).orElse(null);
            if (longer == null) {
                return label;
            }
            label = longer;
        }
    }

    static boolean writtenOutsideItems(Tested t, int itemField) {
        long[] byField = t.term().fieldProjects;
        for (int f = 0; f < byField.length; f++) {
            if (f != itemField && byField[f] >= WRITTEN_SHARE * t.x()) {
                return true;
            }
        }
        return false;
    }
}
