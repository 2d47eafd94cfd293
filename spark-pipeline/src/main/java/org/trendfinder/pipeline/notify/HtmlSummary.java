package org.trendfinder.pipeline.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders run sections as a self-contained HTML mail body (inline styles: mail clients drop style sheets). */
final class HtmlSummary {

    private static final String CELL = " style=\"padding:2px 8px;border-bottom:1px solid #ddd;text-align:left\"";
    private static final String NUMBER = " style=\"padding:2px 8px;border-bottom:1px solid #ddd;text-align:right\"";

    private HtmlSummary() {
    }

    static String render(String title, List<RunSection> sections, DashboardLinks links) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>").append(Html.escape(title))
                .append("</title></head>\n<body style=\"font-family:sans-serif\">\n<h1 style=\"font-size:1.3em\">")
                .append(Html.escape(title)).append("</h1>\n");
        for (RunSection section : sections) {
            appendSection(html, section, links);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void appendSection(StringBuilder html, RunSection s, DashboardLinks links) {
        html.append("<h2 style=\"font-size:1.1em\">Run ").append(s.runDate()).append("</h2>\n");
        s.problem().ifPresent(p -> html.append("<p><strong>").append(Html.escape(p)).append("</strong></p>\n"));
        if (!s.trends().isEmpty()) {
            html.append("<table style=\"border-collapse:collapse\">\n<tr>");
            html.append("<th").append(NUMBER).append(">Rank</th><th").append(CELL).append(">Trend</th>");
            for (String h : List.of("Score", "Current share", "Baseline share", "Lift")) {
                html.append("<th").append(NUMBER).append('>').append(h).append("</th>");
            }
            html.append("</tr>\n");
            for (TrendRow t : s.trends()) {
                html.append("<tr><td").append(NUMBER).append('>').append(Html.escape(t.rank())).append("</td><td")
                        .append(CELL).append('>')
                        .append(link(links.trend(s.runDate(), t.slug()), t.trend()))
                        .append("</td>");
                for (String n : List.of(t.score(), t.currentShare(), t.baselineShare(), t.lift())) {
                    html.append("<td").append(NUMBER).append('>').append(Html.escape(n)).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p>Top ").append(s.trends().size()).append(" of ").append(s.trendsInRun())
                .append(" trends. Rows read: ").append(SummaryNumbers.count(s.rowsRead()))
                .append("; rows rejected: ").append(SummaryNumbers.count(s.rowsRejected()));
        if (!s.rejectedByReason().isEmpty()) {
            html.append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : s.rejectedByReason().entrySet()) {
                html.append(sep).append(Html.escape(e.getKey())).append(": ")
                        .append(SummaryNumbers.count(e.getValue() == null ? 0 : e.getValue()));
                sep = ", ";
            }
            html.append(')');
        }
        html.append("; projects used: ").append(SummaryNumbers.count(s.projectsUsed())).append(".");
        links.runInfo(s.runDate()).ifPresent(url -> html.append(' ').append(link(Optional.of(url), "Run details")));
        html.append("</p>\n");
    }

    private static String link(Optional<String> url, String text) {
        return url.map(u -> "<a href=\"" + Html.escape(u) + "\">" + Html.escape(text) + "</a>")
                .orElseGet(() -> Html.escape(text));
    }
}
