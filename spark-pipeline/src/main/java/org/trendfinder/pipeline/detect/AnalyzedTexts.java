package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.trendfinder.pipeline.input.AnalyzedWords;
import org.trendfinder.pipeline.text.TermExtractor;
import org.trendfinder.pipeline.text.TextField;

/**
 * The projects' text fields run through the term analyzer once per run (or once per ingest, see
 * {@link AnalyzedWords}): each row has the {@link ProjectTexts} layout with every text replaced by its words
 * ({@link TermExtractor#analyze}). Every
 * term pass (candidates, history, window details, membership, co-occurrences) replays these words with an
 * {@link TermExtractor#overAnalyzed} extractor instead of analyzing the same essays again: the Lucene chain
 * was most of each pass's cost, and a run made five such passes over overlapping days.
 */
public final class AnalyzedTexts {

    private final Dataset<Row> rows;
    private final List<TextField> fields;

    private AnalyzedTexts(Dataset<Row> rows, List<TextField> fields) {
        this.rows = rows;
        this.fields = List.copyOf(fields);
    }

    /**
     * Plans the analysis of the projects' {@code fields} (nothing runs until a pass reads the rows). Projects that
     * carry the fields' {@link AnalyzedWords} (an ingested dataset whose analyzer is this build's) give their
     * words as they are.
     */
    public static AnalyzedTexts of(Dataset<Row> projects, List<TextField> fields) {
        if (List.of(projects.columns()).containsAll(fields.stream().map(AnalyzedWords::column).toList())) {
            return new AnalyzedTexts(ProjectTexts.select(projects, fields, AnalyzedWords::column), fields);
        }
        Dataset<Row> texts = ProjectTexts.select(projects, fields);
        JavaRDD<Row> analyzed = texts.javaRDD().mapPartitions(it -> {
            List<Row> out = new ArrayList<>();
            try (TermExtractor extractor = new TermExtractor(1)) {
                while (it.hasNext()) {
                    Row row = it.next();
                    Object[] values = new Object[row.length()];
                    for (int i = 0; i < ProjectTexts.FIRST_TEXT; i++) {
                        values[i] = row.get(i);
                    }
                    String[] raw = ProjectTexts.texts(row);
                    for (int i = 0; i < raw.length; i++) {
                        values[ProjectTexts.FIRST_TEXT + i] = extractor.analyze(raw[i]);
                    }
                    out.add(RowFactory.create(values));
                }
            }
            return out.iterator();
        });
        return new AnalyzedTexts(projects.sparkSession().createDataFrame(analyzed, texts.schema()), fields);
    }

    /** Keeps the analyzed rows (memory, then disk) for the passes that follow; {@link #unpersist()} frees them. */
    public AnalyzedTexts persist() {
        return new AnalyzedTexts(rows.persist(StorageLevel.MEMORY_AND_DISK()), fields);
    }

    public void unpersist() {
        rows.unpersist(false);
    }

    /** The projects posted from {@code from} to {@code to}, both inclusive. */
    public AnalyzedTexts postedWithin(LocalDate from, LocalDate to) {
        return postedIn(List.of(new int[] {(int) from.toEpochDay(), (int) to.toEpochDay()}));
    }

    /** The projects posted in one of the inclusive day ranges (days since 1970-01-01). */
    AnalyzedTexts postedIn(List<int[]> dayRanges) {
        return new AnalyzedTexts(rows.filter(ProjectTexts.inRanges(dayRanges)), fields);
    }

    /** The analyzed rows, in the {@link ProjectTexts} layout. */
    Dataset<Row> rows() {
        return rows;
    }

    public List<TextField> fields() {
        return fields;
    }

    /** Fails when a pass expects other text fields than those analyzed. */
    void requireFields(List<TextField> expected) {
        if (!fields.equals(expected)) {
            throw new IllegalArgumentException("texts analyzed for " + fields + ", but the pass reads " + expected);
        }
    }
}
