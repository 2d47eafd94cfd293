package org.trendfinder.pipeline.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a generated sample back with commons-csv, the way an independent consumer would. */
final class GeneratedSample {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private GeneratedSample() {
    }

    static void forEachRecord(Path file, Consumer<CSVRecord> action) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                action.accept(record);
            }
        }
    }

    static List<String> header(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return new ArrayList<>(parser.getHeaderNames());
        }
    }

    /** School ID to its record, as a map of column name to value. */
    static Map<String, Map<String, String>> schools(Path dir) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        forEachRecord(dir.resolve(SampleGenerator.SCHOOLS_FILE), r -> out.put(r.get("School ID"), r.toMap()));
        return out;
    }
}
