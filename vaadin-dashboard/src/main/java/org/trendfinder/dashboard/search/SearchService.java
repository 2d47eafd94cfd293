package org.trendfinder.dashboard.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.dashboard.trends.TrendService;

/** Finds a term across every run, and a trend's timeline: the runs it appeared in with its rank and score. */
@Service
public class SearchService {

    /** A trend whose name matched: how often it ranked, and its latest appearance. */
    public record Match(String trend, String slug, int runs, LocalDate latestRun, int latestRank) {
    }

    /** One run a trend appeared in. */
    public record Appearance(LocalDate date, int rank, double score, double lift) {
    }

    private final TrendService trends;

    public SearchService(TrendService trends) {
        this.trends = trends;
    }

    /** Trends whose name contains {@code term} (case-insensitive), most frequent first; blank finds nothing. */
    public List<Match> search(String term) {
        String needle = term == null ? "" : term.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object[]>> bySlug = new LinkedHashMap<>();
        for (LocalDate date : trends.runDates()) {
            for (TrendRow row : rows(date)) {
                if (row.trend().toLowerCase(Locale.ROOT).contains(needle)) {
                    bySlug.computeIfAbsent(row.slug(), k -> new ArrayList<>()).add(new Object[] {date, row});
                }
            }
        }
        List<Match> out = new ArrayList<>();
        bySlug.forEach((slug, hits) -> {
            // Run dates come newest first, so the first hit is the latest.
            LocalDate latest = (LocalDate) hits.get(0)[0];
            TrendRow row = (TrendRow) hits.get(0)[1];
            out.add(new Match(row.trend(), slug, hits.size(), latest, row.rank()));
        });
        out.sort(Comparator.comparingInt(Match::runs).reversed().thenComparing(Match::latestRun, Comparator.reverseOrder()));
        return out;
    }

    /** The runs the trend appeared in, oldest first. */
    public List<Appearance> timeline(String slug) {
        List<Appearance> out = new ArrayList<>();
        for (LocalDate date : trends.runDates()) {
            rows(date).stream().filter(r -> r.slug().equals(slug)).findFirst()
                    .ifPresent(r -> out.add(new Appearance(date, r.rank(), r.score(), r.lift())));
        }
        out.sort(Comparator.comparing(Appearance::date));
        return out;
    }

    private List<TrendRow> rows(LocalDate date) {
        return trends.trends(date) instanceof TrendService.TrendList.Loaded l ? l.rows() : List.of();
    }
}
