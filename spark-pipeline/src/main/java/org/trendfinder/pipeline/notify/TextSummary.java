package org.trendfinder.pipeline.notify;

import java.util.List;
import java.util.Map;

/** Renders run sections as the plain-text alternative, for clients that do not show HTML. */
final class TextSummary {

    private TextSummary() {
    }

    static String render(String title, List<RunSection> sections, DashboardLinks links) {
        StringBuilder text = new StringBuilder(2048).append(title).append("\n");
        for (RunSection s : sections) {
            text.append("\nRun ").append(s.runDate()).append("\n");
            s.problem().ifPresent(p -> text.append(p).append("\n"));
            for (TrendRow t : s.trends()) {
                text.append(String.format("%4s. %s  score %s, current %s, baseline %s, lift %s\n", t.rank(),
                        oneLine(t.trend()), t.score(), t.currentShare(), t.baselineShare(), t.lift()));
                links.trend(s.runDate(), t.slug()).ifPresent(url -> text.append("      ").append(url).append("\n"));
            }
            text.append("Top ").append(s.trends().size()).append(" of ").append(s.trendsInRun())
                    .append(" trends. Rows read: ").append(SummaryNumbers.count(s.rowsRead()))
                    .append("; rows rejected: ").append(SummaryNumbers.count(s.rowsRejected()));
            for (Map.Entry<String, Long> e : s.rejectedByReason().entrySet()) {
                text.append("\n  rejected, ").append(oneLine(e.getKey())).append(": ")
                        .append(SummaryNumbers.count(e.getValue() == null ? 0 : e.getValue()));
            }
            text.append("\nProjects used: ").append(SummaryNumbers.count(s.projectsUsed())).append("\n");
            links.runInfo(s.runDate()).ifPresent(url -> text.append("Run details: ").append(url).append("\n"));
        }
        return text.toString();
    }

    /** A trend name from a CSV cell may hold line breaks; one entry stays on one line. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
