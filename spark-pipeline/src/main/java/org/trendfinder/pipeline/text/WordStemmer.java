package org.trendfinder.pipeline.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A word's key: KStem, then EnglishMinimalStemFilter.
 *
 * <p>Why KStem: it folds plurals and the common inflections ("insects", "painted") with a dictionary,
 * so keys stay real words. EnglishMinimalStemFilter alone folds plurals only ("seats"/"seat" but not
 * "painted"/"paint"), and Porter over-stems ("organization" → "organ", "university" → "univers"), which
 * would merge unrelated topics. KStem's dictionary leaves some common plurals alone ("books", "bags"),
 * so the minimal plural stemmer runs after it. One instance per thread.
 */
final class WordStemmer implements AutoCloseable {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream stream = new KStemFilter(source);
            stream = new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The key of one lower-case word. */
    String stem(String word) {
        try (TokenStream stream = analyzer.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String key = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("stemming '" + word + "' failed", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
