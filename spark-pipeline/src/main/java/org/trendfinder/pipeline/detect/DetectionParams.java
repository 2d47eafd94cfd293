package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.trendfinder.pipeline.text.TextField;

/**
 * Everything that decides what a run reports.
 *
 * @param mode              statistic: {@link Mode#DEFAULT} or the 2018 {@link Mode#CLASSIC}
 * @param fields            text columns terms are read from
 * @param maxNgram          longest phrase, in words
 * @param topK              trends reported per run (default mode; classic reports every outlier)
 * @param windowDays        the current window: this many days up to and including the run date
 * @param minWindowShare    a candidate term is in at least this share of window projects
 *                          (classic: floor(share x window projects), 0.005 as in 2018)
 * @param minWindowProjects default mode: and in at least this many window projects
 * @param minTeachers       default mode: distinct teachers using the term in the window
 * @param minSchools        default mode: distinct schools using the term in the window
 * @param fdrQ              default mode: Benjamini-Hochberg false-discovery rate
 * @param seasonalYears     default mode: earlier years whose same weeks form the seasonal baseline
 * @param baselineWeeks     default mode: whole weeks before the window forming the trailing baseline
 * @param classicGroups     classic mode: history groups (2018: 50, or 30 when the window is over 2 % of history)
 * @param classicSdMultiple classic mode: outlier when |p - mean| exceeds this many standard deviations
 * @param growth            default mode: the growing horizon, see {@link Growth}
 * @param groupOverlap      default mode: a term joins a trend when at least this share of its window projects
 *                          (or of the trend's) are the trend's, see {@link TrendGrouping}
 */
public record DetectionParams(Mode mode, List<TextField> fields, int maxNgram, int topK, int windowDays,
        double minWindowShare, int minTeachers, int minSchools, double fdrQ, int seasonalYears,
        int baselineWeeks, int minWindowProjects, int classicGroups, double classicSdMultiple, Growth growth,
        double groupOverlap) implements Serializable {

    /**
     * The growing horizon (default mode), see {@link GrowthStatistic}.
     *
     * @param weeks      the recent weeks compared with the same weeks one year earlier (26: half a year); 0 turns
     *                   the growing horizon off
     * @param periods    4-week blocks whose shares must rise (12: a year)
     * @param slopeAlpha one-sided p-value the rise of those shares must reach
     */
    public record Growth(int weeks, int periods, double slopeAlpha) implements Serializable {
        public static final int DEFAULT_WEEKS = 26;
        public static final int DEFAULT_PERIODS = 12;
        public static final double DEFAULT_SLOPE_ALPHA = 0.05;
        public static final Growth DEFAULT = new Growth(DEFAULT_WEEKS, DEFAULT_PERIODS, DEFAULT_SLOPE_ALPHA);
        public static final Growth OFF = new Growth(0, DEFAULT_PERIODS, DEFAULT_SLOPE_ALPHA);

        public Growth {
            require(weeks == 0 || weeks >= 2 && weeks <= 26, "growth weeks must be 0 (off) or 2..26, was " + weeks);
            require(periods >= GrowthStatistic.MIN_PERIODS && periods <= 26,
                    "growth periods must be " + GrowthStatistic.MIN_PERIODS + "..26, was " + periods);
            require(slopeAlpha > 0 && slopeAlpha < 1, "growth slope alpha must be in (0,1), was " + slopeAlpha);
        }
    }

    public DetectionParams {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("at least one text field is needed");
        }
        require(maxNgram >= 1 && maxNgram <= 6, "maxNgram must be 1..6, was " + maxNgram);
        require(topK >= 1, "topK must be positive, was " + topK);
        require(windowDays >= 1, "windowDays must be positive, was " + windowDays);
        require(minWindowShare >= 0 && minWindowShare < 1, "minWindowShare must be in [0,1), was " + minWindowShare);
        require(minTeachers >= 1 && minSchools >= 1, "minTeachers and minSchools must be at least 1");
        require(fdrQ > 0 && fdrQ < 1, "fdrQ must be in (0,1), was " + fdrQ);
        require(seasonalYears >= 0, "seasonalYears must not be negative");
        require(baselineWeeks >= 1, "baselineWeeks must be positive");
        require(minWindowProjects >= 1, "minWindowProjects must be positive");
        require(classicGroups >= 2, "classicGroups must be at least 2");
        require(classicSdMultiple > 0, "classicSdMultiple must be positive");
        java.util.Objects.requireNonNull(growth, "growth");
        require(groupOverlap > 0 && groupOverlap <= 1, "groupOverlap must be in (0,1], was " + groupOverlap);
    }

    // The defaults, by name: the CLI's help and the settings file document these values.
    public static final int DEFAULT_MAX_NGRAM = 3;
    public static final int DEFAULT_TOP_K = 25;
    public static final int DEFAULT_WINDOW_DAYS = 14;
    public static final double DEFAULT_MIN_WINDOW_SHARE = 0.002;
    public static final int DEFAULT_MIN_TEACHERS = 3;
    public static final int DEFAULT_MIN_SCHOOLS = 3;
    public static final double DEFAULT_FDR_Q = 0.01;
    public static final int DEFAULT_SEASONAL_YEARS = 3;
    public static final int DEFAULT_BASELINE_WEEKS = 26;
    public static final int DEFAULT_MIN_WINDOW_PROJECTS = 10;
    /** 2018: 50 history groups. */
    public static final int DEFAULT_CLASSIC_GROUPS = 50;
    /** 2018: an outlier lies beyond two standard deviations. */
    public static final double DEFAULT_CLASSIC_SD_MULTIPLE = 2.0;
    /** Half: two rows of a run never share most of their projects. */
    public static final double DEFAULT_GROUP_OVERLAP = 0.5;
    /** The 2018 detector read single words only. */
    public static final int CLASSIC_MAX_NGRAM = 1;
    /** The 2018 detector's 0.5 % minimum share. */
    public static final double CLASSIC_MIN_WINDOW_SHARE = 0.005;

    /** Default mode with every default; change some with {@link #toBuilder()}. */
    public static DetectionParams defaults() {
        return new Builder().build();
    }

    /** The 2018 detector: resource item words, 14-day window, 0.5 % minimum, 50 groups, 2 sd. */
    public static DetectionParams classic() {
        return new Builder().mode(Mode.CLASSIC).fields(List.of(TextField.RESOURCES)).maxNgram(CLASSIC_MAX_NGRAM)
                .minWindowShare(CLASSIC_MIN_WINDOW_SHARE).minTeachers(1).minSchools(1).seasonalYears(0)
                .minWindowProjects(1).build();
    }

    /** A builder holding these parameters. */
    public Builder toBuilder() {
        return new Builder().mode(mode).fields(fields).maxNgram(maxNgram).topK(topK).windowDays(windowDays)
                .minWindowShare(minWindowShare).minTeachers(minTeachers).minSchools(minSchools).fdrQ(fdrQ)
                .seasonalYears(seasonalYears).baselineWeeks(baselineWeeks).minWindowProjects(minWindowProjects)
                .classicGroups(classicGroups).classicSdMultiple(classicSdMultiple).growth(growth)
                .groupOverlap(groupOverlap);
    }

    public DetectionParams withGrowth(Growth g) {
        return toBuilder().growth(g).build();
    }

    /** The parameters by name, for the run manifest. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", mode.name().toLowerCase());
        map.put("fields", fields.stream().map(f -> f.name().toLowerCase()).collect(Collectors.toList()));
        map.put("max_ngram", maxNgram);
        map.put("window_days", windowDays);
        map.put("min_window_share", minWindowShare);
        if (mode == Mode.CLASSIC) {
            map.put("classic_groups", classicGroups);
            map.put("classic_sd_multiple", classicSdMultiple);
        } else {
            map.put("top_k", topK);
            map.put("min_window_projects", minWindowProjects);
            map.put("min_teachers", minTeachers);
            map.put("min_schools", minSchools);
            map.put("fdr_q", fdrQ);
            map.put("seasonal_years", seasonalYears);
            map.put("baseline_weeks", baselineWeeks);
            map.put("growth_weeks", growth.weeks());
            map.put("growth_periods", growth.periods());
            map.put("growth_slope_alpha", growth.slopeAlpha());
            map.put("group_overlap", groupOverlap);
        }
        return map;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Parameters by name, starting from {@link #defaults()}; {@link #build()} validates them. */
    public static final class Builder {
        private Mode mode = Mode.DEFAULT;
        private List<TextField> fields = TextField.DEFAULTS;
        private int maxNgram = DEFAULT_MAX_NGRAM;
        private int topK = DEFAULT_TOP_K;
        private int windowDays = DEFAULT_WINDOW_DAYS;
        private double minWindowShare = DEFAULT_MIN_WINDOW_SHARE;
        private int minTeachers = DEFAULT_MIN_TEACHERS;
        private int minSchools = DEFAULT_MIN_SCHOOLS;
        private double fdrQ = DEFAULT_FDR_Q;
        private int seasonalYears = DEFAULT_SEASONAL_YEARS;
        private int baselineWeeks = DEFAULT_BASELINE_WEEKS;
        private int minWindowProjects = DEFAULT_MIN_WINDOW_PROJECTS;
        private int classicGroups = DEFAULT_CLASSIC_GROUPS;
        private double classicSdMultiple = DEFAULT_CLASSIC_SD_MULTIPLE;
        private Growth growth = Growth.DEFAULT;
        private double groupOverlap = DEFAULT_GROUP_OVERLAP;

        public Builder mode(Mode v) { mode = v; return this; }
        public Builder fields(List<TextField> v) { fields = v; return this; }
        public Builder maxNgram(int v) { maxNgram = v; return this; }
        public Builder topK(int v) { topK = v; return this; }
        public Builder windowDays(int v) { windowDays = v; return this; }
        public Builder minWindowShare(double v) { minWindowShare = v; return this; }
        public Builder minTeachers(int v) { minTeachers = v; return this; }
        public Builder minSchools(int v) { minSchools = v; return this; }
        public Builder fdrQ(double v) { fdrQ = v; return this; }
        public Builder seasonalYears(int v) { seasonalYears = v; return this; }
        public Builder baselineWeeks(int v) { baselineWeeks = v; return this; }
        public Builder minWindowProjects(int v) { minWindowProjects = v; return this; }
        public Builder classicGroups(int v) { classicGroups = v; return this; }
        public Builder classicSdMultiple(double v) { classicSdMultiple = v; return this; }
        public Builder growth(Growth v) { growth = v; return this; }
        public Builder groupOverlap(double v) { groupOverlap = v; return this; }

        public DetectionParams build() {
            return new DetectionParams(mode, fields, maxNgram, topK, windowDays, minWindowShare, minTeachers,
                    minSchools, fdrQ, seasonalYears, baselineWeeks, minWindowProjects, classicGroups,
                    classicSdMultiple, growth, groupOverlap);
        }
    }
}
