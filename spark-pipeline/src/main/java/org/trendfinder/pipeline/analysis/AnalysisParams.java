package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analyses' parameters; the run manifest records {@link #asMap()}.
 *
 * @param recentDays          length of the "recent period" ending on the run date that the {@code by_*} breakdowns
 *                            and {@code examples} cover. 90 days: the 14-day detection window holds too few of a
 *                            trend's projects to split over 50 states, while a quarter is still "now" (one
 *                            school-year season) and does not blend in last year's pattern.
 * @param otherSubjectShare   subjects with less than this share of the trend's projects are merged into "Other" in
 *                            {@code composition_subject} (2018: 5 %)
 * @param rollingMonths       window of the rolling mean in {@code diverging_features} (2018: 8)
 * @param divergingThreshold  a feature is listed as diverging when the mean of its last {@code divergingLastMonths}
 *                            rolling differences exceeds this in absolute value (2018: 0.045)
 * @param divergingLastMonths see above (2018: 5)
 * @param minAbsRho           smallest |Spearman rho| kept in {@code correlated_features} (2018: 0.5)
 * @param minCorrelationMonths fewest complete months of history a trend needs before its differenced series is tested
 *                            for stationarity and correlated (the ADF regression needs a few dozen points)
 * @param examples            example projects per trend
 * @param geoMinProjects      cumulative trend projects needed before a split's cumulative share counts towards its
 *                            movement (the first few projects swing a cumulative share between 0 and 1)
 */
public record AnalysisParams(int recentDays, double otherSubjectShare, int rollingMonths, double divergingThreshold,
                             int divergingLastMonths, double minAbsRho, int minCorrelationMonths, int examples,
                             int geoMinProjects) {

    public AnalysisParams {
        positive("recentDays", recentDays);
        positive("rollingMonths", rollingMonths);
        positive("divergingLastMonths", divergingLastMonths);
        positive("examples", examples);
        positive("minCorrelationMonths", minCorrelationMonths);
        if (minCorrelationMonths < AugmentedDickeyFuller.MIN_LENGTH + 1) {
            throw new IllegalArgumentException("minCorrelationMonths must be at least "
                    + (AugmentedDickeyFuller.MIN_LENGTH + 1) + " (the ADF test's shortest series, differenced), got "
                    + minCorrelationMonths);
        }
        if (geoMinProjects < 0) {
            throw new IllegalArgumentException("geoMinProjects must not be negative, got " + geoMinProjects);
        }
        if (!(otherSubjectShare >= 0 && otherSubjectShare < 1)) {
            throw new IllegalArgumentException("otherSubjectShare must be in [0, 1), got " + otherSubjectShare);
        }
        if (!(divergingThreshold >= 0) || !(minAbsRho >= 0 && minAbsRho <= 1)) {
            throw new IllegalArgumentException("divergingThreshold must be >= 0 and minAbsRho in [0, 1]");
        }
    }

    // The defaults, by name: the CLI's help and the settings file document these values.
    public static final int DEFAULT_RECENT_DAYS = 90;
    public static final double DEFAULT_OTHER_SUBJECT_SHARE = 0.05;
    public static final int DEFAULT_ROLLING_MONTHS = 8;
    public static final double DEFAULT_DIVERGING_THRESHOLD = 0.045;
    public static final int DEFAULT_DIVERGING_LAST_MONTHS = 5;
    public static final double DEFAULT_MIN_ABS_RHO = 0.5;
    public static final int DEFAULT_MIN_CORRELATION_MONTHS = 24;
    public static final int DEFAULT_EXAMPLES = 10;
    public static final int DEFAULT_GEO_MIN_PROJECTS = 20;

    public static AnalysisParams defaults() {
        return new Builder().build();
    }

    /** A builder holding these parameters. */
    public Builder toBuilder() {
        return new Builder().recentDays(recentDays).otherSubjectShare(otherSubjectShare).rollingMonths(rollingMonths)
                .divergingThreshold(divergingThreshold).divergingLastMonths(divergingLastMonths).minAbsRho(minAbsRho)
                .minCorrelationMonths(minCorrelationMonths).examples(examples).geoMinProjects(geoMinProjects);
    }

    /**
     * The recent period of a run: the {@code recentDays} days ending on the run date, both included. The analyses
     * filter by it and the manifest names it (window "recent"), so both say the same days.
     */
    public AnalysisResult.Period recentPeriod(LocalDate runDate) {
        return new AnalysisResult.Period(runDate.minusDays(recentDays - 1L), runDate);
    }

    /** The parameters by name, for the run manifest. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recent_days", recentDays);
        m.put("other_subject_share", otherSubjectShare);
        m.put("rolling_months", rollingMonths);
        m.put("diverging_threshold", divergingThreshold);
        m.put("diverging_last_months", divergingLastMonths);
        m.put("min_abs_rho", minAbsRho);
        m.put("min_correlation_months", minCorrelationMonths);
        m.put("examples", examples);
        m.put("geo_min_projects", geoMinProjects);
        return m;
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** Parameters by name, starting from {@link #defaults()}; {@link #build()} validates them. */
    public static final class Builder {
        private int recentDays = DEFAULT_RECENT_DAYS;
        private double otherSubjectShare = DEFAULT_OTHER_SUBJECT_SHARE;
        private int rollingMonths = DEFAULT_ROLLING_MONTHS;
        private double divergingThreshold = DEFAULT_DIVERGING_THRESHOLD;
        private int divergingLastMonths = DEFAULT_DIVERGING_LAST_MONTHS;
        private double minAbsRho = DEFAULT_MIN_ABS_RHO;
        private int minCorrelationMonths = DEFAULT_MIN_CORRELATION_MONTHS;
        private int examples = DEFAULT_EXAMPLES;
        private int geoMinProjects = DEFAULT_GEO_MIN_PROJECTS;

        public Builder recentDays(int v) { recentDays = v; return this; }
        public Builder otherSubjectShare(double v) { otherSubjectShare = v; return this; }
        public Builder rollingMonths(int v) { rollingMonths = v; return this; }
        public Builder divergingThreshold(double v) { divergingThreshold = v; return this; }
        public Builder divergingLastMonths(int v) { divergingLastMonths = v; return this; }
        public Builder minAbsRho(double v) { minAbsRho = v; return this; }
        public Builder minCorrelationMonths(int v) { minCorrelationMonths = v; return this; }
        public Builder examples(int v) { examples = v; return this; }
        public Builder geoMinProjects(int v) { geoMinProjects = v; return this; }

        public AnalysisParams build() {
            return new AnalysisParams(recentDays, otherSubjectShare, rollingMonths, divergingThreshold,
                    divergingLastMonths, minAbsRho, minCorrelationMonths, examples, geoMinProjects);
        }
    }
}
