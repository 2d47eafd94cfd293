package org.trendfinder.pipeline.sample;

/** How a planted term's share of projects moves over time, and whether a trend finder should report it at the end date. */
public enum TrendShape {
    /** Absent, then rises within a few weeks before the end date. */
    SUDDEN(true),
    /** Share grows slowly over many months up to the end date. */
    GRADUAL(true),
    /** Share grows steadily from a small one over 18 to 30 months up to the end date: a practice spreading. */
    SLOW_GROWER(true),
    /** Rises within two weeks at the start of a school year (late August), then holds to the end date. */
    BACK_TO_SCHOOL_BURST(true),
    /** Rose and fell well before the end date. */
    ENDED_SPIKE(false),
    /** Rises every year in the same weeks, including the weeks of the end date. */
    SEASONAL_DECOY(false),
    /** One teacher reposting the same phrase many times in the last weeks. */
    SINGLE_TEACHER_DECOY(false);

    private final boolean reportedAtEnd;

    TrendShape(boolean reportedAtEnd) {
        this.reportedAtEnd = reportedAtEnd;
    }

    /** True when a correct trend finder run at the end date reports this term as trending. */
    public boolean reportedAtEnd() {
        return reportedAtEnd;
    }
}
