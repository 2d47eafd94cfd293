package org.trendfinder.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.StepTimer;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.analysis.AnalysisResult;
import org.trendfinder.pipeline.analysis.PlotTable;
import org.trendfinder.pipeline.analysis.RunPlan;
import org.trendfinder.pipeline.analysis.TrendAnalyses;
import org.trendfinder.pipeline.analysis.TrendRef;
import org.trendfinder.pipeline.detect.AnalyzedTexts;
import org.trendfinder.pipeline.detect.CoOccurrence;
import org.trendfinder.pipeline.detect.CoOccurrences;
import org.trendfinder.pipeline.detect.DailyTotals;
import org.trendfinder.pipeline.detect.Detection;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.detect.Trend;
import org.trendfinder.pipeline.detect.TrendDetector;
import org.trendfinder.pipeline.detect.TrendMembership;
import org.trendfinder.pipeline.input.LoadedProjects;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.input.ProjectSource;
import org.trendfinder.pipeline.input.UnavailablePlots;
import org.trendfinder.pipeline.store.HadoopStoreFiles;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.StoreFiles;

/**
 * The whole job: read the project history once, detect trends for every run date from one scan, compute
 * every plot for all trends in shared passes, and publish each run date (files first, manifest last).
 * A run date is published whole or not at all; an earlier run of the same date stays visible until then.
 */
public final class TrendFinderJob {

    private static final Logger LOG = LoggerFactory.getLogger(TrendFinderJob.class);

    /**
     * @param input        raw DonorsChoose CSV folder or an ingested Parquet dataset
     * @param output       the store root (local path, file://, s3a://, s3://)
     * @param runDates     the run dates, ascending
     * @param detection    detection parameters
     * @param analysis     analysis parameters
     * @param withAnalyses false computes only the trend tables (benchmarks measure the analyses' cost)
     * @param writeThreads parallel small-file writes (object stores have latency, not bandwidth limits)
     */
    public record Options(String input, String output, List<LocalDate> runDates, DetectionParams detection,
                          AnalysisParams analysis, boolean withAnalyses, int writeThreads) {
        public Options {
            if (runDates.isEmpty()) {
                throw new IllegalArgumentException("no run date given");
            }
            runDates = List.copyOf(new java.util.TreeSet<>(runDates));
        }
    }

    /** What the job published (manifests and trend tables), and how long each step took. */
    public record Result(List<RunManifest> published, Map<LocalDate, CsvTable> trendTables,
                         Map<String, Long> timingsMillis) {
    }

    private final SparkSession spark;
    private final Options options;
    private final StepTimer timer = new StepTimer();

    public TrendFinderJob(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    public Result run() throws IOException {
        StoreFiles files = HadoopStoreFiles.forUri(options.output(), spark.sparkContext().hadoopConfiguration());
        LoadedProjects loaded = timer.time("load", () -> ProjectSource.load(spark, options.input(), textsRead()));
        // Parquet is read again by each step (pruned, partition-filtered scans); raw CSV input was joined in
        // memory and is kept (cached once by the load step): the filter reads that copy.
        Dataset<Row> projects = upToLastRun(loaded.projects());
        try {
            // Every term pass replays these words: the essays go through the analyzer once per run (or per ingest).
            AnalyzedTexts texts = AnalyzedTexts.of(projects, options.detection().fields()).persist();
            try {
                // The first pass over the texts fills their cache, and gives both the shares' denominators and
                // each run date's projects used.
                DailyTotals totals = timer.time("count", () -> DailyTotals.of(texts, lastRunDate()));
                Map<LocalDate, Long> projectsUsed = new LinkedHashMap<>();
                options.runDates().forEach(date -> projectsUsed.put(date, totals.upTo(date)));
                Map<LocalDate, Detection> detections = timer.time("detect",
                        () -> new TrendDetector(options.detection()).detect(texts, totals, options.runDates()));
                Analyses analyses = options.withAnalyses() ? analyze(loaded, projects, texts, detections)
                        : Analyses.NONE;
                return publish(new RunPublication(new RunPublisher(files), loaded, options, timer), files,
                        detections, analyses, projectsUsed);
            } finally {
                texts.unpersist();
            }
        } finally {
            loaded.release();
        }
    }

    /** The plots and co-occurrences of every run date's trends, and the analyses' notes. */
    private record Analyses(Map<LocalDate, Map<String, Map<Plot, PlotTable>>> plots,
                            Map<LocalDate, Map<String, List<CoOccurrence>>> coOccurrences, List<String> notes) {
        static final Analyses NONE = new Analyses(Map.of(), Map.of(), List.of());
    }

    private LocalDate lastRunDate() {
        return options.runDates().get(options.runDates().size() - 1);
    }

    private Dataset<Row> upToLastRun(Dataset<Row> projects) {
        LocalDate lastRunDate = lastRunDate();
        Dataset<Row> upTo = projects.filter(col(ProjectColumns.POSTED_DATE).leq(lit(java.sql.Date.valueOf(lastRunDate))));
        if (List.of(upTo.columns()).contains(ProjectColumns.POSTED_YEAR)) {
            // lets Parquet skip the partitions of later years without opening them
            upTo = upTo.filter(col(ProjectColumns.POSTED_YEAR).leq(lit(lastRunDate.getYear())));
        }
        return upTo;
    }

    private Analyses analyze(LoadedProjects loaded, Dataset<Row> projects, AnalyzedTexts texts,
            Map<LocalDate, Detection> detections) {
        List<Trend> allTrends = distinctBySlug(detections.values());
        LOG.info("detected {} distinct trends over {} run dates", allTrends.size(), detections.size());
        if (allTrends.isEmpty()) {
            return Analyses.NONE;
        }
        Dataset<Row> membership = timer.time("membership", () -> TrendMembership
                .of(texts, allTrends, options.detection()).persist(StorageLevel.MEMORY_AND_DISK()));
        try {
            // what trends with the term now: each run date's current window, all run dates in one pass
            Map<LocalDate, List<Trend>> trendsByRun = new LinkedHashMap<>();
            detections.values().forEach(d -> trendsByRun.put(d.runDate(), d.trends()));
            Map<LocalDate, Map<String, List<CoOccurrence>>> coOccurrences = timer.time("co_occurrences",
                    () -> CoOccurrences.of(texts, membership, trendsByRun, options.detection(), 20));
            AnalysisResult result = timer.time("analyses", () -> new TrendAnalyses(options.analysis())
                    .run(projects, membership, runPlans(detections)));
            timer.addAll("analyses.", result.timingsMillis());
            return new Analyses(UnavailablePlots.without(result.plots(), loaded.unavailablePlots()), coOccurrences,
                    result.notes());
        } finally {
            membership.unpersist();
        }
    }

    private Result publish(RunPublication publication, StoreFiles files, Map<LocalDate, Detection> detections,
            Analyses analyses, Map<LocalDate, Long> projectsUsed) throws IOException {
        List<RunManifest> published = new ArrayList<>();
        Map<LocalDate, CsvTable> trendTables = new TreeMap<>();
        for (LocalDate date : options.runDates()) {
            Detection d = detections.get(date);
            CsvTable trends = RunPublication.trendTable(d.trends());
            trendTables.put(date, trends);
            published.add(publication.publish(d, trends, new RunPublication.Contents(
                    analyses.plots().getOrDefault(date, Map.of()), analyses.coOccurrences().getOrDefault(date, Map.of()),
                    analyses.notes(), projectsUsed.getOrDefault(date, 0L))));
            LOG.info("published {} ({} trends) to {}", date, d.trends().size(), files.describe());
        }
        return new Result(published, trendTables, timer.snapshot());
    }

    private static List<Trend> distinctBySlug(Collection<Detection> detections) {
        Map<String, Trend> bySlug = new LinkedHashMap<>();
        detections.forEach(d -> d.trends().forEach(t -> bySlug.putIfAbsent(t.slug(), t)));
        return List.copyOf(bySlug.values());
    }

    private List<RunPlan> runPlans(Map<LocalDate, Detection> detections) {
        return detections.values().stream()
                .map(d -> RunPlan.of(d.runDate(), options.detection().windowDays(),
                        d.trends().stream().map(t -> new TrendRef(t.slug(), t.term())).toList()))
                .toList();
    }

    /** The text columns this run reads: the detection fields, and titles for the analyses' examples. */
    private Set<String> textsRead() {
        Set<String> texts = new HashSet<>(List.of(ProjectColumns.TITLE));
        options.detection().fields().forEach(f -> texts.add(f.column()));
        return texts;
    }
}
