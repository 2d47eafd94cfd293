package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.trendfinder.pipeline.analysis.ProjectStack.CUTS;
import static org.trendfinder.pipeline.analysis.ProjectStack.DAYS;
import static org.trendfinder.pipeline.analysis.ProjectStack.FLAGS;
import static org.trendfinder.pipeline.analysis.ProjectStack.MONTH;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * Projects per (slug, token, month cut): {@link Aggregates#TOTAL} counts every project, a feature token
 * ("poverty_level=high poverty", "subject=Music", "school_charter=true") the projects carrying it, and
 * {@link Aggregates#FUNDED_DAYS}{@code n} the projects fully funded {@code n} days after posting.
 *
 * @param bySlug slug -> token -> (month, cut) -> projects (read-only)
 */
record MonthlyCounts(Map<String, Map<String, Map<MonthCut, Long>>> bySlug) {

    /** Tokens seen for {@code slug}. */
    Map<String, Map<MonthCut, Long>> tokens(String slug) {
        return bySlug.getOrDefault(slug, Map.of());
    }

    /** Two Spark jobs: the feature-token counts (after one small job listing the tokens) and the funded days. */
    static MonthlyCounts collect(Dataset<Row> stacked, List<String> flags) {
        Builder out = new Builder();
        List<String> tokens = featureTokens(stacked, flags);
        for (Row r : monthlyCounts(stacked, tokens).collectAsList()) {
            String slug = r.getString(0);
            YearMonth month = YearMonth.parse(r.getString(1));
            int cut = r.getInt(2);
            out.add(slug, Aggregates.TOTAL, month, cut, r.getLong(3));
            for (int i = 0; i < tokens.size(); i++) {
                long n = r.getLong(4 + i);
                if (n > 0) {
                    out.add(slug, tokens.get(i), month, cut, n);
                }
            }
        }
        List<Row> days = stacked.where(col(DAYS).isNotNull())
                .select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(DAYS))
                .groupBy(SLUG, MONTH, "cut", DAYS).count()
                .collectAsList();
        for (Row r : days) {
            out.add(r.getString(0), Aggregates.FUNDED_DAYS + r.getInt(3), YearMonth.parse(r.getString(1)),
                    r.getInt(2), r.getLong(4));
        }
        return out.build();
    }

    /**
     * The monthly feature tokens: "poverty_level=high poverty", "metro_type=urban", "grade_level=...",
     * "subject=..." for every value the projects hold, and "school_x=true" for each school flag present.
     */
    static List<String> featureTokens(Dataset<Row> stacked, List<String> flags) {
        Row values = stacked.where(col(SLUG).equalTo(lit(Aggregates.ALL))).agg(
                collect_set(col(ProjectColumns.POVERTY_LEVEL)),
                collect_set(col(ProjectColumns.METRO_TYPE)),
                collect_set(col(ProjectColumns.GRADE_LEVEL)),
                array_distinct(flatten(collect_set(col(ProjectColumns.SUBJECTS))))).first();
        List<String> tokens = new ArrayList<>();
        String[] prefixes = {ProjectColumns.POVERTY_LEVEL, ProjectColumns.METRO_TYPE, ProjectColumns.GRADE_LEVEL,
                Aggregates.SUBJECT};
        for (int i = 0; i < prefixes.length; i++) {
            List<String> sorted = new ArrayList<>(values.<String>getList(i));
            sorted.removeIf(Objects::isNull);
            Collections.sort(sorted);
            for (String v : sorted) {
                tokens.add(prefixes[i] + "=" + v);
            }
        }
        for (String flag : flags) {
            tokens.add(flag + "=true");
        }
        return tokens;
    }

    /**
     * (slug, month, cut, total, f0, f1, ...): projects per month cut, in all and carrying each of {@code tokens}
     * (column fi counts tokens[i]). One wide aggregation of conditional sums: exploding every project into its
     * tokens would multiply the rows tenfold before the shuffle.
     */
    static Dataset<Row> monthlyCounts(Dataset<Row> stacked, List<String> tokens) {
        List<Column> sums = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            sums.add(sum(when(tokenCondition(tokens.get(i)), 1L).otherwise(0L)).as("f" + i));
        }
        return stacked
                .select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(ProjectColumns.POVERTY_LEVEL),
                        col(ProjectColumns.METRO_TYPE), col(ProjectColumns.GRADE_LEVEL), col(ProjectColumns.SUBJECTS),
                        col(FLAGS))
                .groupBy(SLUG, MONTH, "cut")
                .agg(count(lit(1)).as(Aggregates.TOTAL), sums.toArray(Column[]::new));
    }

    private static Column tokenCondition(String token) {
        int eq = token.indexOf('=');
        String dim = token.substring(0, eq);
        String value = token.substring(eq + 1);
        if (dim.equals(Aggregates.SUBJECT)) {
            return functions.array_contains(col(ProjectColumns.SUBJECTS), value);
        }
        if (ProjectColumns.SCHOOL_FLAGS.contains(dim)) {
            return functions.array_contains(col(FLAGS), dim);
        }
        return col(dim).equalTo(lit(value));
    }

    /** Collects counts, then hands them out read-only. */
    static final class Builder {
        private final Map<String, Map<String, Map<MonthCut, Long>>> bySlug = new HashMap<>();

        Builder add(String slug, String token, YearMonth month, int cut, long n) {
            bySlug.computeIfAbsent(slug, k -> new HashMap<>()).computeIfAbsent(token, k -> new HashMap<>())
                    .merge(new MonthCut(month, cut), n, Long::sum);
            return this;
        }

        MonthlyCounts build() {
            return new MonthlyCounts(FrozenMaps.frozen(bySlug, byToken -> FrozenMaps.frozen(byToken,
                    FrozenMaps::frozen)));
        }
    }
}
