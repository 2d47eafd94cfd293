package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.trendfinder.pipeline.text.AnalyzerFingerprint;
import org.trendfinder.pipeline.text.TermExtractor;
import org.trendfinder.pipeline.text.TextField;

/**
 * The text fields' analyzed words ({@link TermExtractor#analyze}), kept next to the texts by {@code ingest}: the
 * Lucene chain is most of a run's detection time, and its output depends only on the text and the analyzer, so
 * it is computed once per ingest rather than once per run. A run replays them only when the ingest's
 * {@link AnalyzerFingerprint} is its own; otherwise it analyzes the texts itself, with the same result.
 */
public final class AnalyzedWords {

    private static final String PREFIX = "words_";

    private AnalyzedWords() {
    }

    /** The column holding {@code field}'s analyzed words. */
    public static String column(TextField field) {
        return PREFIX + field.column();
    }

    /** Every text field's analyzed-words column, in {@link TextField} order. */
    public static List<String> columns() {
        return java.util.Arrays.stream(TextField.values()).map(AnalyzedWords::column).toList();
    }

    /** {@code projects} with every text field's analyzed words added. */
    public static Dataset<Row> add(Dataset<Row> projects) {
        UserDefinedFunction analyze = udf(new Analyze(), DataTypes.StringType);
        Dataset<Row> out = projects;
        for (TextField field : TextField.values()) {
            out = out.withColumn(column(field), analyze.apply(col(field.column())));
        }
        return out;
    }

    /**
     * Why an ingested dataset's words cannot be replayed, or empty when they can: written by an older ingest (no
     * fingerprint, or columns missing) or by an analyzer that is not this build's.
     */
    static Optional<String> unusable(String fingerprint, List<String> presentColumns) {
        if (fingerprint == null || !presentColumns.containsAll(columns())) {
            return Optional.of("the ingest kept no analyzed words");
        }
        if (!fingerprint.equals(AnalyzerFingerprint.current())) {
            return Optional.of("the ingest's analyzer (" + fingerprint + ") is not this build's ("
                    + AnalyzerFingerprint.current() + ")");
        }
        return Optional.empty();
    }

    /** One extractor per deserialized copy, that is per task: Lucene's analyzers are not thread safe. */
    private static final class Analyze implements UDF1<String, String> {
        private transient TermExtractor extractor;

        @Override
        public String call(String text) {
            if (extractor == null) {
                extractor = new TermExtractor(1);
            }
            return extractor.analyze(text);
        }
    }
}
