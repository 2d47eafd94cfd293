package org.trendfinder.pipeline.notify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.RunManifest;

/** The e-mail summarising one or more published runs: per run date, its top trends linked to the dashboard. */
public final class RunSummaryMail {

    /** A ready-to-send mail: a one-line subject, the HTML body and its plain-text alternative. */
    public record Message(String subject, String html, String text) {
        public Message {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(text, "text");
            // A subject is a header: a line break in it would start a new header.
            subject = subject.replaceAll("[\\r\\n]+", " ");
        }
    }

    private RunSummaryMail() {
    }

    /**
     * Builds the summary, runs in date order.
     *
     * @param runs        the manifests of the runs just published (at least one)
     * @param trendTables each run's {@code df.csv}, by run date; a run without one is listed with a note
     */
    public static Message build(List<RunManifest> runs, Map<LocalDate, CsvTable> trendTables,
                                MailSettings settings) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        List<RunSection> sections = runs.stream()
                .map(run -> RunSection.of(run, trendTables, settings.topTrends()))
                .sorted(Comparator.comparing(RunSection::runDate))
                .toList();
        DashboardLinks links = new DashboardLinks(settings.dashboardUrl());
        String subject = subject(sections);
        return new Message(subject, HtmlSummary.render(subject, sections, links),
                TextSummary.render(subject, sections, links));
    }

    private static String subject(List<RunSection> sections) {
        LocalDate first = sections.get(0).runDate();
        LocalDate last = sections.get(sections.size() - 1).runDate();
        return sections.size() == 1
                ? "TrendFinder: trends of the run " + first
                : "TrendFinder: trends of " + sections.size() + " runs, " + first + " to " + last;
    }
}
