package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

/**
 * Joins the two horizons' trends into one table, one row a trend: a surging and a growing trend that share a
 * term are one row of both kinds. The row is named and measured by its surging label when it surges (today's
 * window), else by its growing label; a growing row's year-over-year figures are in the {@code growth_*}
 * columns. Rows are ranked by score: both horizons score the lower 95 % bound of a log lift, so they compare.
 */
final class TrendAssembly {

    private TrendAssembly() {
    }

    /** One horizon's kept trends, with the q-values of its test. */
    record Horizon(TrendKind kind, List<TrendGrouping.Group> groups, Map<String, Double> qValues) {
    }

    private static final class Row {
        TrendGrouping.Group surging;
        TrendGrouping.Group growing;
        Map<String, Double> surgingQ;
        Map<String, Double> growingQ;
        Tested label;

        Set<String> keys() {
            Set<String> keys = new java.util.HashSet<>();
            for (TrendGrouping.Group g : java.util.Arrays.asList(surging, growing)) {
                if (g != null) {
                    g.members.forEach(m -> keys.add(m.key()));
                }
            }
            return keys;
        }
    }

    /**
     * @param surgingDetails the surging window's details of both horizons' terms: a growing trend whose name
     *                       shares most of its projects there with a surging trend's is the same trend
     */
    static List<Trend> assemble(Horizon surging, Horizon growing, Map<String, WindowTerm> surgingDetails,
            double overlap, int itemField) {
        List<Row> rows = new ArrayList<>();
        for (TrendGrouping.Group g : surging.groups()) {
            Row row = new Row();
            row.surging = g;
            row.surgingQ = surging.qValues();
            rows.add(row);
        }
        for (TrendGrouping.Group g : growing.groups()) {
            Set<String> keys = g.members.stream().map(Tested::key).collect(Collectors.toSet());
            WindowTerm growingName = surgingDetails.get(g.label().key());
            Row row = rows.stream().filter(r -> r.growing == null && (r.keys().stream().anyMatch(keys::contains)
                    || sameProjects(growingName, surgingDetails.get(r.surging.label().key()), overlap)))
                    .findFirst().orElse(null);
            if (row == null) {
                row = new Row();
                rows.add(row);
            }
            row.growing = g;
            row.growingQ = growing.qValues();
        }
        for (Row row : rows) {
            // named from all its terms; measured by its surging test when the name surged, else its growing one
            List<Tested> all = new ArrayList<>();
            if (row.surging != null) {
                all.addAll(row.surging.members);
            }
            if (row.growing != null) {
                all.addAll(row.growing.members);
            }
            String name = TrendLabel.choose(all, itemField).key();
            row.label = find(row.surging, name);
            if (row.label == null) {
                row.label = find(row.growing, name);
            }
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.label.score()).reversed()
                .thenComparing(r -> r.label.key()));

        List<Trend> trends = new ArrayList<>();
        Slugs slugs = new Slugs();
        for (Row row : rows) {
            Tested label = row.label;
            String term = label.term().surface();
            Map<String, String> also = new LinkedHashMap<>();
            for (TrendGrouping.Group g : java.util.Arrays.asList(row.surging, row.growing)) {
                if (g != null) {
                    g.members.stream().filter(m -> !m.key().equals(label.key()))
                            .forEach(m -> also.putIfAbsent(m.key(), m.term().surface()));
                }
            }
            Set<TrendKind> kinds = EnumSet.noneOf(TrendKind.class);
            if (row.surging != null) {
                kinds.add(TrendKind.SURGING);
            }
            if (row.growing != null) {
                kinds.add(TrendKind.GROWING);
            }
            Map<String, Double> q = find(row.surging, label.key()) != null ? row.surgingQ : row.growingQ;
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put(TrendColumns.KIND, TrendKind.format(kinds));
            extra.put(TrendColumns.ALSO, String.join(TrendColumns.ALSO_SEPARATOR, also.values()));
            extra.put(TrendColumns.P_VALUE, label.pValue());
            extra.put(TrendColumns.Q_VALUE, q.get(label.key()));
            extra.put(TrendColumns.TEACHERS, label.term().teachers.size());
            extra.put(TrendColumns.SCHOOLS, label.term().schools.size());
            extra.put(TrendColumns.WINDOW_PROJECTS, label.n());
            extra.put(TrendColumns.BASELINE_PROJECTS, label.n0());
            extra.put(TrendColumns.BASELINE_TERM_PROJECTS, label.x0());
            extra.put(TrendColumns.BASELINE, label.baselineName());
            Tested growth = row.growing == null ? null : find(row.growing, label.key());
            if (row.growing != null && growth == null) {
                growth = row.growing.label();
            }
            extra.put(TrendColumns.GROWTH_SHARE, growth == null ? null : growth.share());
            extra.put(TrendColumns.GROWTH_BASELINE_SHARE, growth == null ? null : growth.baselineShare());
            extra.put(TrendColumns.GROWTH_LIFT, growth == null ? null : growth.lift());
            extra.put(TrendColumns.GROWTH_Q_VALUE, growth == null ? null : row.growingQ.get(growth.key()));
            extra.put(TrendColumns.GROWTH_SLOPE_P_VALUE, growth == null ? null : growth.slopePValue());
            trends.add(new Trend(trends.size() + 1, term, label.key(), slugs.of(term), label.score(), label.x(),
                    label.share(), label.baselineShare(), label.lift(), extra, List.copyOf(also.keySet())));
        }
        return trends;
    }

    private static Tested find(TrendGrouping.Group group, String key) {
        return group == null ? null : group.members.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    private static boolean sameProjects(WindowTerm a, WindowTerm b, double overlap) {
        if (a == null || b == null) {
            return false;
        }
        int both = a.projectIds.intersectionSize(b.projectIds);
        return both >= overlap * Math.min(a.projectIds.size(), b.projectIds.size()) && both > 0;
    }
}
