package org.trendfinder.pipeline.detect;

/**
 * A candidate term after one horizon's test: x of the window's n projects contain it, against x0 of n0 in the
 * baseline it was compared with.
 *
 * @param key          the analyzed key
 * @param term         what the window says about it (projects, authors, surface forms, fields); null until
 *                     {@link WindowDetails} collected it for the terms that rose
 * @param baselineName which baseline: {@code trailing}, {@code seasonal} or {@code year_before}
 * @param pValue       one-sided p-value of the rise
 * @param score        lower 95 % bound of the log lift: the ranking
 * @param slopePValue  growing horizon: p-value of the rise of the monthly shares; NaN when not tested
 */
record Tested(String key, WindowTerm term, long x, long n, long x0, long n0, String baselineName, double pValue,
        double score, double slopePValue) {

    Tested(String key, WindowTerm term, long x, long n, long x0, long n0, String baselineName, double pValue,
            double score) {
        this(key, term, x, n, x0, n0, baselineName, pValue, score, Double.NaN);
    }

    Tested withTerm(WindowTerm details) {
        return new Tested(key, details, x, n, x0, n0, baselineName, pValue, score, slopePValue);
    }

    double share() {
        return (double) x / n;
    }

    double baselineShare() {
        return (double) x0 / n0;
    }

    boolean rose() {
        return share() > baselineShare();
    }

    /** Window projects beyond what the baseline share predicts. */
    double excess() {
        return x - n * baselineShare();
    }

    double lift() {
        return share() / Math.max(baselineShare(), 0.5 / n0);
    }

    int words() {
        return key.split(" ").length;
    }
}
