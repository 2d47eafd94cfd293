package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendKind;

/**
 * The default mode for one run date: both horizons tested on their own windows ({@link RiseStatistic} for
 * surging, {@link GrowthStatistic} for growing), each reduced to its significant rises with its own
 * false-discovery control ({@link SignificantTerms}); then, with the window details of those few terms, the
 * author minimums, grouping into trends with ride-along words passed over ({@link TrendGrouping}), and one table
 * ({@link TrendAssembly}).
 */
final class DefaultDetection {

    private DefaultDetection() {
    }

    /** A run's plans and its two windows' candidate counts (key to window projects). */
    record Inputs(RiseStatistic.Plan surging, Map<String, Long> surgingWindow, GrowthStatistic.Plan growing,
            Map<String, Long> growingWindow) {
    }

    /** Phase 1's result: each horizon's significant rises, whose window details phase 2 needs. */
    record Rises(SignificantTerms surging, SignificantTerms growing) {

        /**
         * The keys whose details each window needs: both horizons' rises in both windows, so that each horizon
         * can set aside the other's trends (ride-along words) and rows of one trend can be joined.
         */
        Set<String> keys() {
            Set<String> keys = new HashSet<>();
            for (SignificantTerms s : java.util.Arrays.asList(surging, growing)) {
                if (s != null) {
                    s.rising().forEach(t -> keys.add(t.key()));
                }
            }
            return keys;
        }
    }

    static Rises test(Inputs in, DetectionParams params, TermHistory history) {
        SignificantTerms surging = !in.surging().usable() ? null : SignificantTerms.of(
                RiseStatistic.testAll(in.surging(), history, in.surgingWindow()), params, t -> true);
        SignificantTerms growing = null;
        if (in.growing().usable()) {
            List<Tested> tested = new ArrayList<>();
            in.growingWindow().forEach((key, x) -> tested.add(GrowthStatistic.test(key, x, in.growing(), history)));
            growing = SignificantTerms.of(tested, params, t -> GrowthStatistic.sustained(t, in.growing(), history, params));
        }
        return new Rises(surging, growing);
    }

    static Detection detect(Inputs in, Rises rises, Map<String, WindowTerm> surgingDetails,
            Map<String, WindowTerm> growingDetails, DetectionParams params, int itemField) {
        Map<String, RunManifest.Window> windows = RiseStatistic.windows(in.surging());
        List<String> notes = new ArrayList<>(in.surging().notes());
        notes.addAll(in.growing().notes());
        LocalDate runDate = LocalDate.ofEpochDay(in.surging().runDay());
        if (rises.growing() != null) {
            GrowthStatistic.addWindows(in.growing(), windows);
        }
        Horizon surging = new Horizon(TrendKind.SURGING, rises.surging(), surgingDetails, params, itemField);
        Horizon growing = new Horizon(TrendKind.GROWING, rises.growing(), growingDetails, params, itemField);
        // Each horizon first on its own, then again setting aside the other's trends too: a word riding along
        // with slow growers still rises against the surging baseline, and the other way round.
        TrendGrouping.Result surgingFirst = surging.group(List.of());
        TrendGrouping.Result growingFirst = growing.group(List.of());
        TrendGrouping.Result surgingFinal = surging.group(projectsOf(growingFirst, surgingDetails));
        TrendGrouping.Result growingFinal = growing.group(projectsOf(surgingFirst, growingDetails));
        notes.add(surging.note(surgingFinal));
        notes.add(growing.note(growingFinal));
        return new Detection(runDate, TrendAssembly.assemble(surging.kept(surgingFinal), growing.kept(growingFinal),
                surgingDetails, params.groupOverlap(), itemField), windows, notes);
    }

    /** The projects, in one window, of the other horizon's trends (by their names). */
    private static List<IdSet> projectsOf(TrendGrouping.Result other, Map<String, WindowTerm> details) {
        List<IdSet> projects = new ArrayList<>();
        for (TrendGrouping.Group g : other.groups()) {
            WindowTerm term = details.get(g.label().key());
            if (term != null) {
                projects.add(term.projectIds);
            }
        }
        return projects;
    }

    /** One horizon's significant rises with their details in its own window. */
    private static final class Horizon {
        final TrendKind kind;
        final SignificantTerms significant;
        final SignificantTerms.Authored authored;
        final DetectionParams params;
        final int itemField;

        Horizon(TrendKind kind, SignificantTerms significant, Map<String, WindowTerm> details, DetectionParams params,
                int itemField) {
            this.kind = kind;
            this.significant = significant;
            this.authored = significant == null ? null : significant.withAuthors(details, params);
            this.params = params;
            this.itemField = itemField;
        }

        TrendGrouping.Result group(List<IdSet> others) {
            if (authored == null) {
                return new TrendGrouping.Result(List.of(), 0, 0);
            }
            return TrendGrouping.group(authored.ranked(), significant.pCutoff(), params.groupOverlap(),
                    params.topK(), itemField, others);
        }

        TrendAssembly.Horizon kept(TrendGrouping.Result result) {
            return new TrendAssembly.Horizon(kind, result.groups(),
                    significant == null ? Map.of() : significant.qValues());
        }

        String note(TrendGrouping.Result grouped) {
            if (significant == null) {
                return kind.label() + ": not tested";
            }
            return kind.label() + ": " + significant.tested() + " candidate terms tested; "
                    + significant.rising().size() + " rose significantly (q <= " + params.fdrQ() + "), "
                    + authored.fewAuthors() + " of them from too few teachers or schools, " + grouped.joined()
                    + " grouped into a trend of the same projects, " + grouped.rideAlong()
                    + " passed over as riding along with the trends; " + grouped.groups().size() + " trends";
        }
    }
}
