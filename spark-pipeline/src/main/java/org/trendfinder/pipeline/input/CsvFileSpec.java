package org.trendfinder.pipeline.input;

import java.util.List;

/** One input CSV file: its name, whether quoted fields hold line breaks, and the header columns read. */
public interface CsvFileSpec {
    String fileName();

    /** Quoted fields may hold line breaks: the file cannot be split at any line feed. */
    boolean multiLine();

    /** Columns that must be present, or the run stops naming the file and the column. */
    List<String> requiredColumns();

    /** Columns read when present, null otherwise. */
    List<String> optionalColumns();
}
