package org.trendfinder.pipeline.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.trendfinder.store.RunManifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What the input layer read and rejected.
 *
 * @param rowsRead     data rows read per file ({@code "Projects.csv" -> 1110017})
 * @param rowsRejected rejected rows per file and reason ({@code "Projects.csv:bad_posted_date" -> 3})
 * @param samples      up to {@link #SAMPLES_PER_REASON} rejected rows per file and reason, each naming file, record
 *                     number (1-based, header excluded; best effort), field, reason and value
 * @param warnings     rows kept with a degraded value, per file and kind ({@code "Schools.csv:unmapped_state"})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InputReport(Map<String, Long> rowsRead, Map<String, Long> rowsRejected,
                          List<RunManifest.RejectedRow> samples, Map<String, Long> warnings) {

    public static final int SAMPLES_PER_REASON = 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @JsonCreator
    public InputReport {
        rowsRead = rowsRead == null ? Map.of() : new TreeMap<>(rowsRead);
        rowsRejected = rowsRejected == null ? Map.of() : new TreeMap<>(rowsRejected);
        samples = samples == null ? List.of() : List.copyOf(samples);
        warnings = warnings == null ? Map.of() : new TreeMap<>(warnings);
    }

    public InputReport(Map<String, Long> rowsRead, Map<String, Long> rowsRejected,
                       List<RunManifest.RejectedRow> samples) {
        this(rowsRead, rowsRejected, samples, Map.of());
    }

    /** Projects.csv rows that passed validation: read minus rejected. */
    @JsonIgnore
    public long validProjects() {
        String file = InputFile.PROJECTS.fileName();
        long rejected = rowsRejected.entrySet().stream().filter(e -> e.getKey().startsWith(file + ":"))
                .mapToLong(Map.Entry::getValue).sum();
        return rowsRead.getOrDefault(file, 0L) - rejected;
    }

    /** The manifest's input section. */
    public RunManifest.Input toManifestInput(String source, String format, long projectsUsed) {
        return new RunManifest.Input(source, format, rowsRead, rowsRejected, samples, projectsUsed);
    }

    /** Both reports together (counts added). */
    public InputReport plus(InputReport other) {
        Map<String, Long> read = new TreeMap<>(rowsRead);
        other.rowsRead.forEach((k, v) -> read.merge(k, v, Long::sum));
        Map<String, Long> rejected = new TreeMap<>(rowsRejected);
        other.rowsRejected.forEach((k, v) -> rejected.merge(k, v, Long::sum));
        Map<String, Long> warn = new TreeMap<>(warnings);
        other.warnings.forEach((k, v) -> warn.merge(k, v, Long::sum));
        List<RunManifest.RejectedRow> all = new ArrayList<>(samples);
        all.addAll(other.samples);
        return new InputReport(read, rejected, all, warn);
    }

    public static InputReport empty() {
        return new InputReport(Map.of(), Map.of(), List.of(), Map.of());
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the input report", e);
        }
    }

    public static InputReport fromJson(byte[] json) {
        try {
            return JSON.readValue(json, InputReport.class);
        } catch (IOException e) {
            throw new InputException("not a valid input report: " + e.getMessage(), e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
