package org.trendfinder.pipeline.input;

import java.util.List;

/** One input CSV file: its name, whether quoted fields hold line breaks, and the header columns read. */
public interface CsvFileSpec {

    /**
     * What a file spec says, held by each enum of files ({@link InputFile}, {@link ScreeningFile}).
     *
     * @param fileName        the file's name in the input folder
     * @param multiLine       quoted fields may hold line breaks: the file cannot be split at any line feed
     * @param requiredColumns columns that must be present, or the run stops naming the file and the column
     * @param optionalColumns columns read when present, null otherwise
     */
    record Layout(String fileName, boolean multiLine, List<String> requiredColumns, List<String> optionalColumns) {
        public Layout {
            requiredColumns = List.copyOf(requiredColumns);
            optionalColumns = List.copyOf(optionalColumns);
        }
    }

    Layout layout();

    default String fileName() {
        return layout().fileName();
    }

    default boolean multiLine() {
        return layout().multiLine();
    }

    default List<String> requiredColumns() {
        return layout().requiredColumns();
    }

    default List<String> optionalColumns() {
        return layout().optionalColumns();
    }
}
