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
        public static final Growth DEFAULT = new Growth(26, 12, 0.05);
        public static final Growth OFF = new Growth(0, 12, 0.05);

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

    /** Half: two rows of a run never share most of their projects. */
    public static final double DEFAULT_GROUP_OVERLAP = 0.5;

    public static DetectionParams defaults() {
        return new DetectionParams(Mode.DEFAULT, TextField.DEFAULTS, 3, 25, 14, 0.002, 3, 3, 0.01, 3, 26, 10, 50, 2.0,
                Growth.DEFAULT, DEFAULT_GROUP_OVERLAP);
    }

    /** The 2018 detector: resource item words, 14-day window, 0.5 % minimum, 50 groups, 2 sd. */
    public static DetectionParams classic() {
        return new DetectionParams(Mode.CLASSIC, List.of(TextField.RESOURCES), 1, 25, 14, 0.005, 1, 1, 0.01, 0, 26, 1,
                50, 2.0, Growth.DEFAULT, DEFAULT_GROUP_OVERLAP);
    }

    public DetectionParams withFields(List<TextField> f) {
        return new DetectionParams(mode, f, maxNgram, topK, windowDays, minWindowShare, minTeachers, minSchools,
                fdrQ, seasonalYears, baselineWeeks, minWindowProjects, classicGroups, classicSdMultiple, growth,
                groupOverlap);
    }

    public DetectionParams withGrowth(Growth g) {
        return new DetectionParams(mode, fields, maxNgram, topK, windowDays, minWindowShare, minTeachers, minSchools,
                fdrQ, seasonalYears, baselineWeeks, minWindowProjects, classicGroups, classicSdMultiple, g,
                groupOverlap);
    }

    public DetectionParams withBaselines(int years, int weeks) {
        return new DetectionParams(mode, fields, maxNgram, topK, windowDays, minWindowShare, minTeachers, minSchools,
                fdrQ, years, weeks, minWindowProjects, classicGroups, classicSdMultiple, growth, groupOverlap);
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
}
