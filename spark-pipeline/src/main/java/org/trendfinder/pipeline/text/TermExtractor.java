package org.trendfinder.pipeline.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * Measured here (20,000 synthetic 350-word essays, one thread, busy machine): this window with stemming
 * and boundaries ran at 20-25 MB/s, the same chain plus ShingleFilter (2..3, filler shingles dropped,
 * no stemming, no boundaries) at 11-12 MB/s.
 *
 * <p>Each distinct surface word is stemmed once and remembered (a {@link CharArrayMap} looked up straight
 * from the token's char buffer), so a token that was seen before costs one hash lookup and no allocation.
 */
public final class TermExtractor implements AutoCloseable {

    /** Receives each term occurrence: the stemmed key ("flexible seat") and the surface ("flexible seating"). */
    @FunctionalInterface
    public interface TermSink {
        void accept(String key, String surface);
    }

    /** Distinct words remembered per extractor; past this the memo starts afresh (bounded memory). */
    static final int MAX_REMEMBERED_WORDS = 300_000;
    static final String ESSAY_DIVIDER = "<!--DONOTREMOVEESSAYDIVIDER-->";
    /** In {@link #analyze}'s output: between two words of one run (tokens never hold whitespace). */
    static final char WORD_SEPARATOR = ' ';
    /** In {@link #analyze}'s output: between two words no phrase may join. */
    static final char RUN_BREAK = '\n';

    /** A surface word and its key; {@code allowed} caches the allowed-words test. */
    private record Word(String surface, String key, boolean allowed) {
    }

    private final Analyzer analyzer;
    private final WordStemmer stemmer = new WordStemmer();
    private final CharArrayMap<Word> words = new CharArrayMap<>(4096, false);
    private final int maxNgram;
    private final Set<String> allowedWords;
    private final String[] keys;
    private final String[] surfaces;
    private final StringBuilder keyBuilder = new StringBuilder(64);
    private final StringBuilder surfaceBuilder = new StringBuilder(64);
    private final boolean analyzedInput;
    private char[] replayBuffer = new char[1024];

    public TermExtractor(int maxNgram) {
        this(maxNgram, null);
    }

    /**
     * @param allowedWords when not null, only words whose key is in this set take part in terms
     */
    public TermExtractor(int maxNgram, Set<String> allowedWords) {
        this(maxNgram, allowedWords, false);
    }

    private TermExtractor(int maxNgram, Set<String> allowedWords, boolean analyzedInput) {
        if (maxNgram < 1) {
            throw new IllegalArgumentException("maxNgram must be at least 1, was " + maxNgram);
        }
        this.analyzer = new TermAnalyzer();
        this.maxNgram = maxNgram;
        this.allowedWords = allowedWords;
        this.keys = new String[maxNgram];
        this.surfaces = new String[maxNgram];
        this.analyzedInput = analyzedInput;
    }

    /**
     * An extractor over texts already turned into word runs by {@link #analyze} (once per run, see
     * {@code detect.AnalyzedTexts}): it yields exactly the terms the raw texts would, without the Lucene chain,
     * which is most of a term pass's cost.
     */
    public static TermExtractor overAnalyzed(int maxNgram, Set<String> allowedWords) {
        return new TermExtractor(maxNgram, allowedWords, true);
    }

    /** Calls {@code sink} for every term occurrence in {@code text} (null or blank text has none). */
    public void forEachTerm(String text, TermSink sink) {
        if (analyzedInput) {
            replay(text, sink);
            return;
        }
        int[] run = {0};
        analyzeInto(text, (surface, newRun) -> {
            if (newRun) {
                run[0] = 0;
            }
            run[0] = accept(word(surface.buffer(), 0, surface.length()), run[0], sink);
        });
    }

    /**
     * The text's words as the analyzer leaves them (surface forms, before stemming), one space between the words
     * of a run and a line break where a phrase must stop (a sentence or list boundary, a removed word); null for
     * null or blank text. {@link #overAnalyzed} extractors read this form.
     */
    public String analyze(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() / 2);
        analyzeInto(text, (surface, newRun) -> {
            if (!out.isEmpty()) {
                out.append(newRun ? RUN_BREAK : WORD_SEPARATOR);
            }
            out.append(surface.buffer(), 0, surface.length());
        });
        return out.toString();
    }

    /** Receives each analyzed word and whether a phrase must not reach back across it. */
    private interface WordSink {
        void accept(CharTermAttribute surface, boolean newRun);
    }

    private void analyzeInto(String text, WordSink sink) {
        if (text == null || text.isBlank()) {
            return;
        }
        // The essay divider is a boundary, not markup: replacing it lets most essays skip HTML stripping.
        String plain = text.contains(ESSAY_DIVIDER) ? text.replace(ESSAY_DIVIDER, "\n") : text;
        String field = plain.indexOf('<') >= 0 || plain.indexOf('&') >= 0 ? TermAnalyzer.HTML_FIELD
                : TermAnalyzer.PLAIN_FIELD;
        try (TokenStream stream = analyzer.tokenStream(field, plain)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int previousEnd = -1;   // end offset of the previous word, -1 at the start of the text
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                boolean newRun = increment.getPositionIncrement() > 1
                        || (previousEnd >= 0 && crossesBoundary(plain, previousEnd, start));
                previousEnd = offset.endOffset();
                sink.accept(term, newRun);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing text failed", e);
        }
    }

    /** The phrases of an {@link #analyze analyzed} text, as {@link #forEachTerm} finds them in the raw text. */
    private void replay(String analyzed, TermSink sink) {
        if (analyzed == null || analyzed.isEmpty()) {
            return;
        }
        int length = analyzed.length();
        if (replayBuffer.length < length) {
            replayBuffer = new char[Math.max(length, 2 * replayBuffer.length)];
        }
        char[] chars = replayBuffer;
        analyzed.getChars(0, length, chars, 0);
        int run = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && chars[end] != WORD_SEPARATOR && chars[end] != RUN_BREAK) {
                end++;
            }
            run = accept(word(chars, start, end - start), run, sink);
            if (end < length && chars[end] == RUN_BREAK) {
                run = 0;
            }
            start = end + 1;
        }
    }

    /** Adds a word to the phrase window and emits the phrases ending at it; returns the new run length. */
    private int accept(Word word, int run, TermSink sink) {
        if (!word.allowed()) {
            return 0;
        }
        System.arraycopy(keys, 1, keys, 0, maxNgram - 1);
        System.arraycopy(surfaces, 1, surfaces, 0, maxNgram - 1);
        keys[maxNgram - 1] = word.key();
        surfaces[maxNgram - 1] = word.surface();
        int longer = Math.min(run + 1, maxNgram);
        emitPhrasesEndingHere(longer, sink);
        return longer;
    }

    private Word word(char[] buffer, int offset, int length) {
        Word word = words.get(buffer, offset, length);
        if (word == null) {
            if (words.size() >= MAX_REMEMBERED_WORDS) {
                words.clear();
            }
            String surface = new String(buffer, offset, length);
            String key = stemmer.stem(surface);
            word = new Word(surface, key, allowedWords == null || allowedWords.contains(key));
            words.put(surface, word);
        }
        return word;
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

    /** A term of one project: its first surface form and the fields it occurs in (bit i = text i). */
    public static final class FieldTerm {
        private final String surface;
        private int fields;

        FieldTerm(String surface) {
            this.surface = surface;
        }

        public String surface() {
            return surface;
        }

        /** Bit i set when the term occurs in the i-th text given to {@link #distinctTermsByField}. */
        public int fields() {
            return fields;
        }
    }

    /**
     * The distinct terms of a project's texts with the fields each occurs in: what names a trend best depends on
     * whether teachers write it (titles, essays) or only a catalogue does (item names).
     */
    public Map<String, FieldTerm> distinctTermsByField(String... texts) {
        Map<String, FieldTerm> terms = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            int bit = 1 << Math.min(i, 30);
            forEachTerm(texts[i], (key, surface) -> terms.computeIfAbsent(key, k -> new FieldTerm(surface)).fields |= bit);
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
        stemmer.close();
    }
}
