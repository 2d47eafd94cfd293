package org.trendfinder.pipeline.detect;

/**
 * Word-run containment between phrases ("seating" in "flexible seating"): a phrase and its parts say the same
 * thing, so co-occurrences leave a trend's own parts out and {@link TrendLabel} may prefer a longer variant.
 */
final class PhraseSuppression {

    private PhraseSuppression() {
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
