package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trendfinder.store.RunManifest;

/**
 * The trends of one run date, the periods compared ({@code current}, {@code baseline}, {@code seasonal})
 * and notes for the operator (e.g. why a run found nothing).
 */
public record Detection(LocalDate runDate, List<Trend> trends, Map<String, RunManifest.Window> windows,
        List<String> notes) {

    public Detection {
        trends = List.copyOf(trends);
        // In the order given (the manifest lists them so); Map.copyOf's order changes from JVM to JVM.
        windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
        notes = List.copyOf(notes);
    }
}
