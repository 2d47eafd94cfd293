package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendKind;

/**
 * The default mode for one run date: both horizons tested on their own windows ({@link RiseStatistic} for
 * surging, {@link GrowthStatistic} for growing), each reduced to its significant terms with its own
 * false-discovery control, grouped into trends with ride-along words passed over ({@link TrendGrouping}), then
 * joined into one table ({@link TrendAssembly}).
 */
final class DefaultDetection {

    private DefaultDetection() {
    }

    /** A run's plans and window terms for both horizons. */
    record Inputs(RiseStatistic.Plan surging, Map<String, WindowTerm> surgingWindow, GrowthStatistic.Plan growing,
            Map<String, WindowTerm> growingWindow) {
    }

    static Detection detect(Inputs in, DetectionParams params, TermHistory history, int itemField) {
        Map<String, RunManifest.Window> windows = RiseStatistic.windows(in.surging());
        List<String> notes = new ArrayList<>(in.surging().notes());
        notes.addAll(in.growing().notes());
        LocalDate runDate = LocalDate.ofEpochDay(in.surging().runDay());

        TrendAssembly.Horizon surging = new TrendAssembly.Horizon(TrendKind.SURGING, List.of(), Map.of());
        if (in.surging().usable()) {
            SignificantTerms significant = SignificantTerms.of(
                    RiseStatistic.testAll(in.surging(), history, in.surgingWindow()), params, t -> true);
            TrendGrouping.Result grouped = TrendGrouping.group(significant.ranked(), significant.pCutoff(),
                    params.groupOverlap(), params.topK());
            surging = new TrendAssembly.Horizon(TrendKind.SURGING, grouped.groups(), significant.qValues());
            notes.add(note("surging", significant, grouped, params));
        }
        TrendAssembly.Horizon growing = new TrendAssembly.Horizon(TrendKind.GROWING, List.of(), Map.of());
        if (in.growing().usable()) {
            GrowthStatistic.addWindows(in.growing(), windows);
            List<Tested> tested = new ArrayList<>();
            in.growingWindow().forEach((key, term) -> tested.add(GrowthStatistic.test(key, term, in.growing(), history)));
            SignificantTerms significant = SignificantTerms.of(tested, params,
                    t -> GrowthStatistic.sustained(t, in.growing(), history, params));
            TrendGrouping.Result grouped = TrendGrouping.group(significant.ranked(), significant.pCutoff(),
                    params.groupOverlap(), params.topK());
            growing = new TrendAssembly.Horizon(TrendKind.GROWING, grouped.groups(), significant.qValues());
            notes.add(note("growing", significant, grouped, params));
        }
        return new Detection(runDate, TrendAssembly.assemble(surging, growing, itemField), windows, notes);
    }

    private static String note(String horizon, SignificantTerms s, TrendGrouping.Result g, DetectionParams params) {
        return horizon + ": " + s.tested() + " candidate terms tested; " + (s.ranked().size() + s.fewAuthors())
                + " rose significantly (q <= " + params.fdrQ() + "), " + s.fewAuthors()
                + " of them from too few teachers or schools, " + g.joined() + " grouped into a trend of the same "
                + "projects, " + g.rideAlong() + " passed over as riding along with the trends; " + g.groups().size()
                + " trends";
    }
}
