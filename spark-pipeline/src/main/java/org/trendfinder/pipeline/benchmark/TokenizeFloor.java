package org.trendfinder.pipeline.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trendfinder.pipeline.sample.SampleGenerator;

/**
 * The floor every speed target is stated against: one plain Java thread reads Projects.csv and Resources.csv
 * with commons-csv and splits the title, essay and item names into lower-cased words. No job can read and
 * tokenize the same bytes in less work than this.
 */
public final class TokenizeFloor {

    private TokenizeFloor() {
    }

    /** The words of the raw folder's titles, essays and item names. */
    public static long readAndTokenize(Path raw) throws IOException {
        return tokenize(raw.resolve(SampleGenerator.PROJECTS_FILE), List.of("Project Title", "Project Essay"))
                + tokenize(raw.resolve(SampleGenerator.RESOURCES_FILE), List.of("Resource Item Name"));
    }

    private static long tokenize(Path file, List<String> columns) throws IOException {
        long tokens = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                for (String c : columns) {
                    if (r.isSet(c)) {
                        tokens += countWords(r.get(c));
                    }
                }
            }
        }
        return tokens;
    }

    /** Words in the text; lower-casing each letter is part of every tokenizer's work, so it is done here too. */
    static long countWords(String text) {
        long words = 0;
        int lowered = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter) {
                lowered += Character.toLowerCase(c);   // used below, so the JIT cannot drop it
                if (!inWord) {
                    words++;
                }
            }
            inWord = letter;
        }
        return lowered == Integer.MIN_VALUE ? words + 1 : words;
    }
}
