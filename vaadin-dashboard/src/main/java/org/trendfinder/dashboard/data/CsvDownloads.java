package org.trendfinder.dashboard.data;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.store.CsvCodec;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreLayout;

/**
 * The data behind every table and chart as CSV, at stable addresses an analyst can bookmark or fetch with a
 * script (same login as the views):
 * {@code /data/runs/{date}/trends.csv} and {@code /data/runs/{date}/trends/{slug}/{plot}.csv}, where
 * {@code plot} is a store folder name such as {@code history} or {@code by_state}. Dates and slugs are
 * validated before the store is touched; anything unknown is a 404.
 */
@RestController
public class CsvDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDownloads.class);
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RunCatalog catalog;

    public CsvDownloads(RunCatalog catalog) {
        this.catalog = catalog;
    }

    /** The address of one plot's CSV, relative to the application root (as views link to it). */
    public static String plotPath(LocalDate date, String slug, Plot plot) {
        return "data/runs/" + date + "/trends/" + slug + "/" + plot.folder() + ".csv";
    }

    public static String trendsPath(LocalDate date) {
        return "data/runs/" + date + "/trends.csv";
    }

    /** The file name a browser saves a plot's CSV as. */
    public static String plotFileName(LocalDate date, String slug, Plot plot) {
        return date + "_" + slug + "_" + plot.folder() + ".csv";
    }

    @GetMapping("/data/runs/{date}/trends.csv")
    public ResponseEntity<byte[]> trends(@PathVariable String date) {
        Optional<LocalDate> run = StoreLayout.parseRunDate(date);
        if (run.isEmpty()) {
            return notFound();
        }
        return csv(catalog.trends(run.get()), run.get() + "_trends.csv");
    }

    @GetMapping("/data/runs/{date}/trends/{slug}/{plot}.csv")
    public ResponseEntity<byte[]> plot(@PathVariable String date, @PathVariable String slug, @PathVariable String plot) {
        Optional<LocalDate> run = StoreLayout.parseRunDate(date);
        Optional<Plot> which = Plot.byFolder(plot);
        if (run.isEmpty() || which.isEmpty() || !Slug.isValid(slug)) {
            return notFound();
        }
        return csv(catalog.plot(run.get(), slug, which.get()), plotFileName(run.get(), slug, which.get()));
    }

    private static ResponseEntity<byte[]> csv(PlotData data, String fileName) {
        if (data instanceof PlotData.Available a) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                    .body(CsvCodec.write(a.table()));
        }
        if (data instanceof PlotData.Unreadable u) {
            LOG.warn("download of unreadable {}: {}", u.key(), u.reason());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                    .body("this table cannot be read now\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return notFound();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("no such table\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
