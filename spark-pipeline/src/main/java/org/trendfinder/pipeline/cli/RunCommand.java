package org.trendfinder.pipeline.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.detect.Mode;
import org.trendfinder.pipeline.job.RunDates;
import org.trendfinder.pipeline.job.SparkSessions;
import org.trendfinder.pipeline.job.TrendFinderJob;
import org.trendfinder.pipeline.text.TextField;
import org.trendfinder.store.RunManifest;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: detect trends for one or more run dates and publish them to the store. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Detects the terms whose share of new projects rises beyond what history explains, computes "
                + "every plot for each trend, and publishes <output>/<run-date>/ (files first, _manifest.json last).",
                "Only projects posted on or before a run date influence that run."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "URI",
            description = "Raw DonorsChoose CSV folder or a dataset written by 'ingest' (path, file://, s3a://, s3://).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "The store root.")
    String output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Dates dates;

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "14d",
            description = "Step of a --run-dates range, e.g. 14d or 2w (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "default",
            description = "default (significance-tested rises with seasonal baseline) or classic (the 2018 statistic).")
    String mode;

    @Option(names = "--text", split = ",", paramLabel = "FIELD",
            description = "Text fields: resources, title, essay, short_description, need_statement "
                    + "(default: resources,title,essay; classic: resources).")
    List<String> text;

    @Option(names = "--max-ngram", paramLabel = "N", description = "Longest phrase in words (default " + DetectionParams.DEFAULT_MAX_NGRAM + "; classic "
            + DetectionParams.CLASSIC_MAX_NGRAM + ").")
    Integer maxNgram;

    @Option(names = "--top-k", paramLabel = "K", description = "Trends per run (default " + DetectionParams.DEFAULT_TOP_K + ").")
    Integer topK;

    @Option(names = "--window-days", paramLabel = "DAYS", description = "Current window up to the run date (default "
            + DetectionParams.DEFAULT_WINDOW_DAYS + ").")
    Integer windowDays;

    @Option(names = "--min-window-share", paramLabel = "SHARE",
            description = "Minimum share of window projects holding a term (default " + DetectionParams.DEFAULT_MIN_WINDOW_SHARE
                    + "; classic " + DetectionParams.CLASSIC_MIN_WINDOW_SHARE + ").")
    Double minWindowShare;

    @Option(names = "--min-window-projects", paramLabel = "N", description = "Minimum window projects (default "
            + DetectionParams.DEFAULT_MIN_WINDOW_PROJECTS + ").")
    Integer minWindowProjects;

    @Option(names = "--min-teachers", paramLabel = "N", description = "Minimum distinct teachers in the window (default "
            + DetectionParams.DEFAULT_MIN_TEACHERS + ").")
    Integer minTeachers;

    @Option(names = "--min-schools", paramLabel = "N", description = "Minimum distinct schools in the window (default "
            + DetectionParams.DEFAULT_MIN_SCHOOLS + ").")
    Integer minSchools;

    @Option(names = "--fdr", paramLabel = "Q", description = "Benjamini-Hochberg false-discovery rate (default "
            + DetectionParams.DEFAULT_FDR_Q + ").")
    Double fdr;

    @Option(names = "--seasonal-years", paramLabel = "N",
            description = "Earlier years whose same weeks form the seasonal baseline (default "
                    + DetectionParams.DEFAULT_SEASONAL_YEARS + ").")
    Integer seasonalYears;

    @Option(names = "--baseline-weeks", paramLabel = "N", description = "Trailing baseline in weeks (default "
            + DetectionParams.DEFAULT_BASELINE_WEEKS + ").")
    Integer baselineWeeks;

    @Option(names = "--growth-weeks", paramLabel = "N",
            description = "Growing horizon: recent weeks compared with the same weeks a year earlier (default "
                    + DetectionParams.Growth.DEFAULT_WEEKS + "; 0: off).")
    Integer growthWeeks;

    @Option(names = "--growth-periods", paramLabel = "N",
            description = "Growing horizon: 4-week blocks whose shares must rise (default " + DetectionParams.Growth.DEFAULT_PERIODS + ").")
    Integer growthPeriods;

    @Option(names = "--growth-slope-alpha", paramLabel = "P",
            description = "Growing horizon: one-sided p-value the rise of those shares must reach (default "
                    + DetectionParams.Growth.DEFAULT_SLOPE_ALPHA + ").")
    Double growthSlopeAlpha;

    @Option(names = "--group-overlap", paramLabel = "SHARE",
            description = "A term joins a trend holding at least this share of its window projects (default "
                    + DetectionParams.DEFAULT_GROUP_OVERLAP + ").")
    Double groupOverlap;

    @Option(names = "--no-analyses", negatable = false,
            description = "Write only the trend tables, no per-trend plots (for measurements).")
    boolean noAnalyses;

    @Option(names = "--write-threads", paramLabel = "N", defaultValue = "8",
            description = "Parallel small-file writes to the store (default: ${DEFAULT-VALUE}).")
    int writeThreads;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (conf/pipeline.properties); flags override it.")
    String config;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    NotifyOptions notify;

    @Mixin
    SparkOptions spark;

    /** Exactly one way of naming run dates. */
    static final class Dates {
        @Option(names = "--run-date", paramLabel = "DATE", description = "One run date (YYYY-MM-DD).")
        String runDate;

        @Option(names = "--run-dates", paramLabel = "SPEC",
                description = "Several run dates from one scan: FROM..TO (stepped back from TO by --every) or a list.")
        String runDates;
    }

    @Override
    public Integer call() throws Exception {
        List<LocalDate> runDates = RunDates.parse(dates.runDate != null ? dates.runDate : dates.runDates, every);
        DetectionParams detection = detectionParams();
        AnalysisParams analysisParams = analysis.params();
        TrendFinderJob.Options options = new TrendFinderJob.Options(input, output, runDates, detection, analysisParams,
                !noAnalyses, writeThreads);
        Optional<NotifyOptions.Notifier> notifier = notify.notifier();

        SparkSession session = SparkSessions.create("trendfinder-run", spark.master(), spark.conf());
        TrendFinderJob.Result result;
        try {
            result = new TrendFinderJob(session, options).run();
        } finally {
            session.stop();
        }
        for (RunManifest m : result.published()) {
            System.out.printf("published %s: %d trends, %d projects used, %d rejected rows -> %s/%s/%n",
                    m.runDate(), m.trends(), m.input().projectsUsed(),
                    m.input().rowsRejected().values().stream().mapToLong(Long::longValue).sum(), output, m.runDate());
        }
        System.out.println("timings (ms): " + result.timingsMillis());
        if (notifier.isPresent() && !notifier.get().send(result)) {
            return 3;
        }
        return 0;
    }

    DetectionParams detectionParams() {
        Mode m = switch (mode.toLowerCase()) {
            case "default" -> Mode.DEFAULT;
            case "classic" -> Mode.CLASSIC;
            default -> throw new IllegalArgumentException("--mode must be default or classic, got '" + mode + "'");
        };
        DetectionParams base = m == Mode.CLASSIC ? DetectionParams.classic() : DetectionParams.defaults();
        // an option left unset keeps the mode's own default
        return base.toBuilder()
                .fields(text == null ? base.fields() : text.stream().map(TextField::parse).toList())
                .maxNgram(or(maxNgram, base.maxNgram())).topK(or(topK, base.topK()))
                .windowDays(or(windowDays, base.windowDays())).minWindowShare(or(minWindowShare, base.minWindowShare()))
                .minTeachers(or(minTeachers, base.minTeachers())).minSchools(or(minSchools, base.minSchools()))
                .fdrQ(or(fdr, base.fdrQ())).seasonalYears(or(seasonalYears, base.seasonalYears()))
                .baselineWeeks(or(baselineWeeks, base.baselineWeeks()))
                .minWindowProjects(or(minWindowProjects, base.minWindowProjects()))
                .growth(new DetectionParams.Growth(or(growthWeeks, base.growth().weeks()),
                        or(growthPeriods, base.growth().periods()), or(growthSlopeAlpha, base.growth().slopeAlpha())))
                .groupOverlap(or(groupOverlap, base.groupOverlap()))
                .build();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
