package org.trendfinder.pipeline.cli;

import org.trendfinder.pipeline.analysis.AnalysisParams;

import picocli.CommandLine.Option;

/** The per-trend analyses' settings (a picocli mixin); unset options keep {@link AnalysisParams#defaults()}. */
public final class AnalysisOptions {

    @Option(names = "--recent-days", paramLabel = "DAYS",
            description = "Period of the by_* breakdowns and examples, up to the run date (default "
                    + AnalysisParams.DEFAULT_RECENT_DAYS + ").")
    Integer recentDays;

    @Option(names = "--other-subject-share", paramLabel = "SHARE",
            description = "Subjects under this share of a trend's projects merge into Other (default "
                    + AnalysisParams.DEFAULT_OTHER_SUBJECT_SHARE + ", as in 2018).")
    Double otherSubjectShare;

    @Option(names = "--rolling-months", paramLabel = "N",
            description = "Rolling mean of diverging_features in months (default "
                    + AnalysisParams.DEFAULT_ROLLING_MONTHS + ", as in 2018).")
    Integer rollingMonths;

    @Option(names = "--diverging-threshold", paramLabel = "X",
            description = "Mean |difference| over the last months that marks a diverging feature (default "
                    + AnalysisParams.DEFAULT_DIVERGING_THRESHOLD + ").")
    Double divergingThreshold;

    @Option(names = "--diverging-last-months", paramLabel = "N", description = "Months of that mean (default "
            + AnalysisParams.DEFAULT_DIVERGING_LAST_MONTHS + ").")
    Integer divergingLastMonths;

    @Option(names = "--min-abs-rho", paramLabel = "RHO", description = "Smallest |Spearman rho| kept (default "
            + AnalysisParams.DEFAULT_MIN_ABS_RHO + ").")
    Double minAbsRho;

    @Option(names = "--min-correlation-months", paramLabel = "N",
            description = "Months of history a trend needs before features are correlated (default "
                    + AnalysisParams.DEFAULT_MIN_CORRELATION_MONTHS + ").")
    Integer minCorrelationMonths;

    @Option(names = "--examples", paramLabel = "N", description = "Example projects per trend (default "
            + AnalysisParams.DEFAULT_EXAMPLES + ").")
    Integer examples;

    @Option(names = "--geo-min-projects", paramLabel = "N",
            description = "Trend projects before a split's cumulative share counts towards its movement (default "
                    + AnalysisParams.DEFAULT_GEO_MIN_PROJECTS + ").")
    Integer geoMinProjects;

    AnalysisParams params() {
        AnalysisParams d = AnalysisParams.defaults();
        return d.toBuilder().recentDays(or(recentDays, d.recentDays()))
                .otherSubjectShare(or(otherSubjectShare, d.otherSubjectShare()))
                .rollingMonths(or(rollingMonths, d.rollingMonths()))
                .divergingThreshold(or(divergingThreshold, d.divergingThreshold()))
                .divergingLastMonths(or(divergingLastMonths, d.divergingLastMonths()))
                .minAbsRho(or(minAbsRho, d.minAbsRho()))
                .minCorrelationMonths(or(minCorrelationMonths, d.minCorrelationMonths()))
                .examples(or(examples, d.examples())).geoMinProjects(or(geoMinProjects, d.geoMinProjects()))
                .build();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
