package org.trendfinder.store;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Writes runs so that readers never see a partial run or a mix of two attempts: every file of an attempt
 * goes under {@code <run-date>/_attempts/<attempt>/}; {@link Attempt#publish} then writes the manifest,
 * which names the attempt, in one write, and only after that deletes older attempts of the same date.
 * Only the manifest is ever overwritten; no published file is renamed or changed.
 */
public final class RunPublisher {

    private static final DateTimeFormatter ATTEMPT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final System.Logger LOG = System.getLogger(RunPublisher.class.getName());

    private final StoreFiles files;

    public RunPublisher(StoreFiles files) {
        this.files = files;
    }

    /** Starts a new attempt at {@code runDate}; nothing is visible to readers until {@link Attempt#publish}. */
    public Attempt begin(LocalDate runDate) {
        byte[] nonce = new byte[3];
        RANDOM.nextBytes(nonce);
        return begin(runDate, ATTEMPT_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(nonce));
    }

    /** Starts an attempt with a chosen id (tests, or a scheduler that names its attempts). */
    public Attempt begin(LocalDate runDate, String attemptId) {
        return new Attempt(runDate, StoreLayout.requireAttempt(attemptId));
    }

    /** One attempt at a run date. Thread-safe: plots may be written from several threads. */
    public final class Attempt {
        private final LocalDate runDate;
        private final String id;
        private final String root;
        private final List<String> written = Collections.synchronizedList(new ArrayList<>());

        private Attempt(LocalDate runDate, String id) {
            this.runDate = runDate;
            this.id = id;
            this.root = StoreLayout.runRoot(runDate, java.util.Optional.of(id));
        }

        public String id() {
            return id;
        }

        public LocalDate runDate() {
            return runDate;
        }

        public void writeTrends(CsvTable trends) throws IOException {
            List<String> missing = TrendColumns.REQUIRED.stream().filter(c -> !trends.hasColumn(c)).toList();
            if (!trends.header().subList(0, Math.min(trends.header().size(), TrendColumns.REQUIRED.size()))
                    .equals(TrendColumns.REQUIRED) || !missing.isEmpty()) {
                throw new IllegalArgumentException("df.csv must start with " + TrendColumns.REQUIRED + ", got "
                        + trends.header());
            }
            put(StoreLayout.trends(root), CsvCodec.write(trends));
        }

        /** Writes a plot's {@code df.csv} and, for charts, its {@code kwargs.json} (an empty object if null). */
        public void writePlot(String slug, Plot plot, CsvTable data, Map<String, ?> kwargs) throws IOException {
            List<String> header = data.header();
            if (header.size() < plot.columns().size()
                    || !header.subList(0, plot.columns().size()).equals(plot.columns())) {
                throw new IllegalArgumentException(plot.folder() + " must start with columns " + plot.columns()
                        + ", got " + header);
            }
            put(StoreLayout.plotData(root, slug, plot), CsvCodec.write(data));
            if (plot.hasKwargs()) {
                put(StoreLayout.plotKwargs(root, slug, plot), kwargsJson(kwargs == null ? Map.of() : kwargs));
            }
        }

        /**
         * Makes the attempt the run of its date: writes the manifest (with this attempt's id and file list),
         * then removes every other attempt of the date. Returns the manifest as written.
         */
        public RunManifest publish(RunManifest manifest) throws IOException {
            List<String> relative;
            synchronized (written) {
                relative = written.stream().map(k -> k.substring(root.length())).sorted().toList();
            }
            RunManifest complete = manifest.withAttemptAndFiles(id, relative);
            files.write(StoreLayout.manifest(runDate), complete.toJson());
            // From here on the run is published. Failing to remove older attempts only leaves garbage that
            // no reader looks at (and the next publish of this date retries), so it must not fail the run.
            try {
                for (String other : files.children(StoreLayout.attemptsPrefix(runDate))) {
                    if (!other.equals(id)) {
                        files.deleteAll(StoreLayout.attemptsPrefix(runDate) + other + "/");
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "published " + runDate + " (attempt " + id
                        + "), but could not remove older attempts under " + StoreLayout.attemptsPrefix(runDate)
                        + ": " + e + "; the next publish of this date removes them");
            }
            return complete;
        }

        /** Deletes this attempt's files (after a failure); the published run of the date, if any, is untouched. */
        public void abandon() throws IOException {
            files.deleteAll(root);
        }

        private void put(String key, byte[] bytes) throws IOException {
            files.write(key, bytes);
            written.add(key);
        }
    }

    private static byte[] kwargsJson(Map<String, ?> kwargs) {
        try {
            return RunManifest.json().writeValueAsBytes(kwargs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("kwargs cannot be written as JSON", e);
        }
    }
}
