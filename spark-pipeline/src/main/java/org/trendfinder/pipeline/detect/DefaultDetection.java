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

        Set<String> surgingKeys() {
            return keys(surging);
        }

        Set<String> growingKeys() {
            return keys(growing);
        }

        private static Set<String> keys(SignificantTerms s) {
            Set<String> keys = new HashSet<>();
            if (s != null) {
                s.rising().forEach(t -> keys.add(t.key()));
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
        TrendAssembly.Horizon surging = horizon(TrendKind.SURGING, rises.surging(), surgingDetails, params, notes);
        if (rises.growing() != null) {
            GrowthStatistic.addWindows(in.growing(), windows);
        }
        TrendAssembly.Horizon growing = horizon(TrendKind.GROWING, rises.growing(), growingDetails, params, notes);
        return new Detection(runDate, TrendAssembly.assemble(surging, growing, itemField), windows, notes);
    }

    private static TrendAssembly.Horizon horizon(TrendKind kind, SignificantTerms significant,
            Map<String, WindowTerm> details, DetectionParams params, List<String> notes) {
        if (significant == null) {
            return new TrendAssembly.Horizon(kind, List.of(), Map.of());
        }
        SignificantTerms.Authored authored = significant.withAuthors(details, params);
        TrendGrouping.Result grouped = TrendGrouping.group(authored.ranked(), significant.pCutoff(),
                params.groupOverlap(), params.topK());
        notes.add(kind.label() + ": " + significant.tested() + " candidate terms tested; "
                + significant.rising().size() + " rose significantly (q <= " + params.fdrQ() + "), "
                + authored.fewAuthors() + " of them from too few teachers or schools, " + grouped.joined()
                + " grouped into a trend of the same projects, " + grouped.rideAlong()
                + " passed over as riding along with the trends; " + grouped.groups().size() + " trends");
        return new TrendAssembly.Horizon(kind, grouped.groups(), significant.qValues());
    }
}
