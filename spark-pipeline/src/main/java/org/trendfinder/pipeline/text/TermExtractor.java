package org.trendfinder.pipeline.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns texts into terms: words and phrases of 1..maxNgram consecutive words, each as (key, surface).
 * One instance per Spark partition (not thread safe, not serializable): the analyzer reuses its token
 * stream for every text, and the phrase window is a pair of small reused arrays.
 *
 * <p>Phrases are formed by a window over token positions rather than Lucene's ShingleFilter, because a
 * phrase must also stop at sentence and list-item boundaries, which only the original text shows: the
 * characters between two tokens (located by offsets, which HTMLStripCharFilter maps back to the input)
 * are checked for {@code . ! ? ; :}, line breaks and HTML tags. A position gap (a removed stop word,
 * number or product code) also ends the phrase. Words outside {@code allowedWords} (when given) end it
 * too: a scan that only looks for known candidate terms then builds no strings for other words.
 */
public final class TermExtractor implements AutoCloseable {

    /** Receives each term occurrence: the stemmed key ("flexible seat") and the surface ("flexible seating"). */
    @FunctionalInterface
    public interface TermSink {
        void accept(String key, String surface);
    }

    private final Analyzer analyzer;
    private final int maxNgram;
    private final Set<String> allowedWords;
    private final String[] keys;
    private final String[] surfaces;
    private final StringBuilder keyBuilder = new StringBuilder(64);
    private final StringBuilder surfaceBuilder = new StringBuilder(64);

    public TermExtractor(int maxNgram) {
        this(maxNgram, null);
    }

    /**
     * @param allowedWords when not null, only words whose key is in this set take part in terms
     */
    public TermExtractor(int maxNgram, Set<String> allowedWords) {
        if (maxNgram < 1) {
            throw new IllegalArgumentException("maxNgram must be at least 1, was " + maxNgram);
        }
        this.analyzer = new TermAnalyzer();
        this.maxNgram = maxNgram;
        this.allowedWords = allowedWords;
        this.keys = new String[maxNgram];
        this.surfaces = new String[maxNgram];
    }

    /** Calls {@code sink} for every term occurrence in {@code text} (null or blank text has none). */
    public void forEachTerm(String text, TermSink sink) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int run = 0;            // consecutive words in the current phrase window
            int previousEnd = -1;   // end offset of the previous word, -1 at the start of the text
            String surface = null;
            boolean gap = false;
            int start = 0;
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    // First copy of a word: its surface form, position and offsets.
                    surface = term.toString();
                    gap = increment.getPositionIncrement() > 1;
                    start = offset.startOffset();
                    continue;
                }
                String key = term.toString();
                if (gap || (previousEnd >= 0 && crossesBoundary(text, previousEnd, start))) {
                    run = 0;
                }
                previousEnd = offset.endOffset();
                if (allowedWords != null && !allowedWords.contains(key)) {
                    run = 0;
                    continue;
                }
                System.arraycopy(keys, 1, keys, 0, maxNgram - 1);
                System.arraycopy(surfaces, 1, surfaces, 0, maxNgram - 1);
                keys[maxNgram - 1] = key;
                surfaces[maxNgram - 1] = surface;
                run = Math.min(run + 1, maxNgram);
                emitPhrasesEndingHere(run, sink);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing text failed", e);
        }
    }

    /** The distinct terms of a project's texts: key to the first surface form seen in this project. */
    public Map<String, String> distinctTerms(String... texts) {
        Map<String, String> terms = new HashMap<>();
        TermSink sink = terms::putIfAbsent;
        for (String text : texts) {
            forEachTerm(text, sink);
        }
        return terms;
    }

    private void emitPhrasesEndingHere(int run, TermSink sink) {
        sink.accept(keys[maxNgram - 1], surfaces[maxNgram - 1]);
        for (int n = 2; n <= run; n++) {
            keyBuilder.setLength(0);
            surfaceBuilder.setLength(0);
            for (int i = maxNgram - n; i < maxNgram; i++) {
                if (i > maxNgram - n) {
                    keyBuilder.append(' ');
                    surfaceBuilder.append(' ');
                }
                keyBuilder.append(keys[i]);
                surfaceBuilder.append(surfaces[i]);
            }
            sink.accept(keyBuilder.toString(), surfaceBuilder.toString());
        }
    }

    /** True when the original text between two words ends a sentence, a list item or an HTML block. */
    static boolean crossesBoundary(String text, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(from, 0); i < end; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ';', ':', '\n', '\r', '<', '>', '|', '(', ')', '[', ']' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
