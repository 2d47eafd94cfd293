package org.trendfinder.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A run's {@code _manifest.json}, written last: its presence means the run is complete.
 *
 * @param schemaVersion   {@link #SCHEMA_VERSION} of the writer
 * @param runDate         the run date, ISO ({@code 2018-03-14})
 * @param attempt         the attempt folder under {@code <run-date>/_attempts/}; null for the 2018 layout
 * @param createdAt       when the manifest was written, ISO instant (UTC)
 * @param pipelineVersion the version of the job that wrote the run
 * @param mode            detection mode ({@code default} or {@code classic})
 * @param parameters      every detection and analysis parameter in force
 * @param windows         named periods: {@code current}, {@code baseline}, {@code recent}, ...
 * @param input           what was read and what was rejected
 * @param trends          the number of rows in {@code df.csv}
 * @param files           every file of the run, relative to the attempt folder
 * @param timingsMillis   named step durations
 * @param notes           warnings a reader should see (e.g. counties that matched no metro area)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunManifest(
        int schemaVersion,
        String runDate,
        String attempt,
        String createdAt,
        String pipelineVersion,
        String mode,
        Map<String, Object> parameters,
        Map<String, Window> windows,
        Input input,
        int trends,
        List<String> files,
        Map<String, Long> timingsMillis,
        List<String> notes) {

    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A closed date interval; {@code description} says what it is for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(String from, String to, String description) {
    }

    /**
     * @param source          where the input was read from
     * @param format          {@code csv} (raw DonorsChoose files) or {@code parquet} (the ingested dataset)
     * @param rowsRead        rows read per input file
     * @param rowsRejected    rejected rows per reason
     * @param rejectedSamples a sample of rejected rows, each naming the file, row and field
     * @param projectsUsed    projects that passed validation and were posted on or before the run date
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(String source, String format, Map<String, Long> rowsRead, Map<String, Long> rowsRejected,
                        List<RejectedRow> rejectedSamples, long projectsUsed) {
    }

    /** One rejected input row: file, 1-based row (record) number, field, reason, and the offending value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RejectedRow(String file, long row, String field, String reason, String value) {
    }

    public Optional<String> attemptId() {
        return Optional.ofNullable(attempt).filter(a -> !a.isEmpty());
    }

    public RunManifest withAttemptAndFiles(String newAttempt, List<String> newFiles) {
        return new RunManifest(schemaVersion, runDate, newAttempt, createdAt, pipelineVersion, mode, parameters,
                windows, input, trends, List.copyOf(newFiles), timingsMillis, notes);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize manifest", e);
        }
    }

    /** Parses a manifest; {@code name} is used in the error message. */
    public static RunManifest fromJson(String name, byte[] bytes) {
        try {
            RunManifest m = JSON.readValue(bytes, RunManifest.class);
            if (m == null || m.runDate() == null) {
                throw new StoreFormatException(name + ": no runDate");
            }
            if (m.attempt() != null && !m.attempt().isEmpty() && !StoreLayout.isValidAttempt(m.attempt())) {
                throw new StoreFormatException(name + ": bad attempt id '" + m.attempt() + "'");
            }
            return m;
        } catch (IOException e) {
            throw new StoreFormatException(name + ": not a valid manifest: " + e.getMessage(), e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
