package org.trendfinder.pipeline.detect;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.text.TermExtractor;

/**
 * The steps the history scan and the window-details pass share when they read project texts against the
 * candidate keys of several windows: the projects holding some keys, whether a day falls in a window, and adding the
 * project to the {@link WindowTerm}s of the keys a window wants. Kept in one place so both passes read a
 * project the same way.
 */
final class WindowScan {

    private WindowScan() {
    }

    /** Every key of any window. */
    static Set<String> allKeys(List<Set<String>> keysPerWindow) {
        Set<String> allKeys = new HashSet<>();
        keysPerWindow.forEach(allKeys::addAll);
        return allKeys;
    }

    /** The words the keys are made of: only these take part in phrase building. */
    static Set<String> wordsOf(Set<String> keys) {
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            words.addAll(List.of(key.split(" ")));
        }
        return words;
    }

    /** What a pass does with one project that holds some of the keys. */
    @FunctionalInterface
    interface ProjectWithKeys {
        void accept(Row row, int day, Map<String, TermExtractor.FieldTerm> terms);
    }

    /**
     * Reads a partition's projects: each that holds any of {@code keys} goes to {@code project} with its day and
     * those keys (surface and fields). Only {@code words} take part in phrase building.
     */
    static void forEachProjectWithKeys(Iterator<Row> rows, int maxNgram, Set<String> words, Set<String> keys,
            ProjectWithKeys project) {
        try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, words)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                Map<String, TermExtractor.FieldTerm> terms = extractor.distinctTermsByField(ProjectTexts.texts(row));
                terms.keySet().retainAll(keys);
                if (!terms.isEmpty()) {
                    project.accept(row, row.getInt(ProjectTexts.DAY), terms);
                }
            }
        }
    }

    /** Whether the day lies in the inclusive range {@code window}. */
    static boolean inWindow(int day, int[] window) {
        return day >= window[0] && day <= window[1];
    }

    /** Adds the project of {@code row} to the window term of each of its keys the window wants. */
    static void addDetails(Map<String, WindowTerm> windowTerms, Set<String> wanted,
            Map<String, TermExtractor.FieldTerm> terms, Row row) {
        for (Map.Entry<String, TermExtractor.FieldTerm> term : terms.entrySet()) {
            if (wanted.contains(term.getKey())) {
                windowTerms.computeIfAbsent(term.getKey(), k -> new WindowTerm()).addProject(
                        term.getValue().surface(), term.getValue().fields(),
                        row.getString(ProjectTexts.ID), row.getString(ProjectTexts.TEACHER),
                        row.getString(ProjectTexts.SCHOOL));
            }
        }
    }
}
