package org.trendfinder.pipeline.cli;

import org.trendfinder.pipeline.analysis.AnalysisParams;

import picocli.CommandLine.Option;

/** The per-trend analyses' settings (a picocli mixin); unset options keep {@link AnalysisParams#defaults()}. */
public final class AnalysisOptions {

    @Option(names = "--recent-days", paramLabel = "DAYS",
            description = "Period of the by_* breakdowns and examples, up to the run date (default 90).")
    Integer recentDays;

    @Option(names = "--other-subject-share", paramLabel = "SHARE",
            description = "Subjects under this share of a trend's projects merge into Other (default 0.05, as in 2018).")
    Double otherSubjectShare;

    @Option(names = "--rolling-months", paramLabel = "N",
            description = "Rolling mean of diverging_features in months (default 8, as in 2018).")
    Integer rollingMonths;

    @Option(names = "--diverging-threshold", paramLabel = "X",
            description = "Mean |difference| over the last months that marks a diverging feature (default 0.045).")
    Double divergingThreshold;

    @Option(names = "--diverging-last-months", paramLabel = "N", description = "Months of that mean (default 5).")
    Integer divergingLastMonths;

    @Option(names = "--min-abs-rho", paramLabel = "RHO", description = "Smallest |Spearman rho| kept (default 0.5).")
    Double minAbsRho;

    @Option(names = "--min-correlation-months", paramLabel = "N",
            description = "Months of history a trend needs before features are correlated (default 24).")
    Integer minCorrelationMonths;

    @Option(names = "--examples", paramLabel = "N", description = "Example projects per trend (default 10).")
    Integer examples;

    @Option(names = "--geo-min-projects", paramLabel = "N",
            description = "Trend projects before a split's cumulative share counts towards its movement (default 20).")
    Integer geoMinProjects;

    AnalysisParams params() {
        AnalysisParams d = AnalysisParams.defaults();
        return new AnalysisParams(or(recentDays, d.recentDays()), or(otherSubjectShare, d.otherSubjectShare()),
                or(rollingMonths, d.rollingMonths()), or(divergingThreshold, d.divergingThreshold()),
                or(divergingLastMonths, d.divergingLastMonths()), or(minAbsRho, d.minAbsRho()),
                or(minCorrelationMonths, d.minCorrelationMonths()), or(examples, d.examples()),
                or(geoMinProjects, d.geoMinProjects()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
