package org.trendfinder.pipeline.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.trendfinder.pipeline.store.S3TestStores;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.testing.S3ProxyServer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What readers of a store see, in a form two stores can be compared by: for every run date with a manifest,
 * the manifest without the fields that differ between two runs of the same job on the same input, and every
 * file the manifest lists, keyed {@code <run-date>/<file>} (the attempt folder left out) with its exact bytes.
 * A listed file that is missing fails the comparison at once: a manifest must never name an absent file.
 *
 * <p>Snapshots are key to bytes as ISO-8859-1 text (one char per byte), so binary content compares exactly.
 */
final class PublishedRuns {

    /**
     * Manifest fields that legitimately differ between two runs: when and under which attempt it was written,
     * how long the steps took, and where the input was read from (a local folder or an s3a:// URI).
     */
    static final List<String> VOLATILE_MANIFEST_FIELDS = List.of("createdAt", "attempt", "timingsMillis", "input.source");

    private static final Pattern MANIFEST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/" + Pattern.quote(StoreLayout.MANIFEST));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PublishedRuns() {
    }

    /** Every object under {@code prefix} on S3Proxy (read directly, not through a proxy), directory markers skipped. */
    static Map<String, String> snapshot(S3ProxyServer server, String prefix) throws IOException {
        Map<String, String> objects = new TreeMap<>(S3TestStores.snapshot(server, prefix));
        objects.keySet().removeIf(k -> k.endsWith("/"));
        return objects;
    }

    /** Every file under a local store root, without the local file system's hidden {@code .crc} checksum files. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                String key = root.relativize(p).toString().replace('\\', '/');
                files.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The published runs of a snapshot, comparable across stores (see the class comment). */
    static Map<String, String> comparable(Map<String, String> snapshot) {
        Map<String, String> published = new TreeMap<>();
        for (Map.Entry<String, String> e : snapshot.entrySet()) {
            Matcher m = MANIFEST.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            String date = m.group(1);
            RunManifest manifest = manifest(snapshot, e.getKey());
            String root = runRoot(date, manifest);
            List<String> missing = new ArrayList<>();
            for (String f : manifest.files()) {
                String content = snapshot.get(root + f);
                if (content == null) {
                    missing.add(f);
                } else {
                    published.put(date + "/" + f, content);
                }
            }
            if (!missing.isEmpty()) {
                throw new AssertionError(e.getKey() + " lists files that are not in the store: " + missing);
            }
            published.put(e.getKey(), withoutVolatileFields(e.getValue()));
        }
        return published;
    }

    /** Keys that are neither a manifest nor a file of the attempt a manifest names (e.g. an abandoned attempt). */
    static Set<String> unpublished(Map<String, String> snapshot) {
        Set<String> published = new TreeSet<>();
        for (String key : snapshot.keySet()) {
            Matcher m = MANIFEST.matcher(key);
            if (m.matches()) {
                published.add(key);
                RunManifest manifest = manifest(snapshot, key);
                String root = runRoot(m.group(1), manifest);
                manifest.files().forEach(f -> published.add(root + f));
            }
        }
        Set<String> rest = new TreeSet<>(snapshot.keySet());
        rest.removeAll(published);
        return rest;
    }

    /** The attempt the manifest of {@code date} names. */
    static String attempt(Map<String, String> snapshot, String date) {
        return manifest(snapshot, date + "/" + StoreLayout.MANIFEST).attemptId().orElseThrow();
    }

    static RunManifest manifest(Map<String, String> snapshot, String key) {
        String json = snapshot.get(key);
        if (json == null) {
            throw new AssertionError("no " + key + " in " + snapshot.keySet());
        }
        return RunManifest.fromJson(key, json.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String runRoot(String date, RunManifest manifest) {
        return StoreLayout.runRoot(java.time.LocalDate.parse(date), manifest.attemptId());
    }

    static String withoutVolatileFields(String manifestJson) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(manifestJson.getBytes(StandardCharsets.ISO_8859_1));
            for (String field : VOLATILE_MANIFEST_FIELDS) {
                int dot = field.indexOf('.');
                if (dot < 0) {
                    tree.remove(field);
                } else if (tree.get(field.substring(0, dot)) instanceof ObjectNode parent) {
                    parent.remove(field.substring(dot + 1));
                }
            }
            // Through a map so that key order cannot differ; the values' own order (lists) must match.
            return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
