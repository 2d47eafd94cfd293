package org.trendfinder.pipeline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene chain every word goes through:
 * HTML stripping (for texts that hold markup, see {@link #HTML_FIELD}) → standard tokenizer → possessive
 * "'s" removed → lower case → tokens with digits dropped ({@link ProductCodeFilter}) → one-letter and
 * absurdly long tokens dropped → English stop words (Lucene's and Snowball's) and the DonorsChoose boilerplate
 * ({@code text/boilerplate.txt}) removed. What comes out is a word's surface form; {@link WordStemmer}
 * gives its key. Stemming is a separate, memoized step because the same few thousand words make up
 * almost all text: stemming each distinct word once instead of every token (and not cloning token state
 * to keep the unstemmed form) tripled the throughput measured here.
 *
 * <p>Removed stop words and dropped tokens leave position gaps; phrases never span a gap.
 */
public final class TermAnalyzer extends Analyzer {

    /** Longest token kept: longer ones are URLs or run-together junk, never a topic. */
    static final int MAX_TOKEN_LENGTH = 40;

    private final CharArraySet stopWords;

    public TermAnalyzer() {
        this(defaultStopWords());
    }

    public TermAnalyzer(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    /**
     * Lucene's English stop words, the Snowball English stop list and the DonorsChoose boilerplate list.
     * Lucene's default set holds only 33 words; the Snowball list (~170) adds the auxiliaries, pronouns and
     * quantifiers ("has", "been", "all", "so", "every"...) that fill every request's sentences and would
     * otherwise rise with whatever topic rises.
     */
    public static CharArraySet defaultStopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(snowballEnglish());
        set.addAll(boilerplate());
        return CharArraySet.unmodifiableSet(set);
    }

    /** The Snowball English stop list that lucene-analysis-common ships next to {@link SnowballFilter}. */
    static CharArraySet snowballEnglish() {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's snowball/english_stop.txt", e);
        }
    }

    /** The words of {@code text/boilerplate.txt}, comments and blank lines skipped. */
    public static List<String> boilerplate() {
        List<String> words = new ArrayList<>();
        try (InputStream in = TermAnalyzer.class.getResourceAsStream("/text/boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource text/boilerplate.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text/boilerplate.txt", e);
        }
        return words;
    }

    /** Field name for text holding markup or entities: only this field pays for HTMLStripCharFilter. */
    public static final String HTML_FIELD = "html";
    /** Field name for plain text. */
    public static final String PLAIN_FIELD = "plain";

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return HTML_FIELD.equals(fieldName) ? new HTMLStripCharFilter(reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ProductCodeFilter(stream);
        stream = new LengthFilter(stream, 2, MAX_TOKEN_LENGTH);
        stream = new StopFilter(stream, stopWords);
        return new TokenStreamComponents(source, stream);
    }
}
