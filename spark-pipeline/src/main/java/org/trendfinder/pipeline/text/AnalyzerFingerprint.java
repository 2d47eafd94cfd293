package org.trendfinder.pipeline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.lucene.util.Version;

/**
 * Names what {@link TermExtractor#analyze} produces, so that words analyzed by one build (at ingest) are replayed
 * by another (a later run) only when both would have produced the same words. It hashes everything the output
 * depends on: the Lucene version, the stop words, and the analyzed form of a probe text that goes through every
 * stage of the chain (markup, possessives, case, product codes, lengths, boundaries). A change to the chain that
 * the probe does not reach still changes {@link #FORMAT}, which is bumped by hand with any change to
 * {@link TermAnalyzer} or {@link TermExtractor#analyze}; {@code AnalyzerFingerprintTest} pins the probe's words,
 * so such a change cannot go unnoticed.
 */
public final class AnalyzerFingerprint {

    /** The analyzed form's version: bump it with any change to the analyzer chain or to the analyzed form. */
    static final int FORMAT = 1;

    /** Exercises each stage of the chain; its analyzed words are part of the fingerprint. */
    static final String PROBE = "<p>The Teacher's STUDENTS need flexible seating &amp; wobble stools!</p>"
            + "<!--DONOTREMOVEESSAYDIVIDER-->Our 3rd graders love iPads; they read 20 books a week: "
            + "Chromebooks (HP-14), a x https://example.org/averyveryveryveryverylongpathwithnobreaksatall "
            + "and headphones.\nScience kits, hands-on robots";

    private static final String CURRENT = compute();

    private AnalyzerFingerprint() {
    }

    /** This build's fingerprint, e.g. {@code "1/lucene-9.12.1/3fa4…"}. */
    public static String current() {
        return CURRENT;
    }

    /** The probe text as this build analyzes it (what the fingerprint hashes besides the stop words). */
    static String probeWords() {
        try (TermExtractor extractor = new TermExtractor(1)) {
            return extractor.analyze(PROBE);
        }
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> stopWords = new ArrayList<>();
            TermAnalyzer.defaultStopWords().forEach(w -> stopWords.add(new String((char[]) w)));
            stopWords.sort(null);
            sha.update(String.join("\n", stopWords).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(probeWords().getBytes(StandardCharsets.UTF_8));
            String digest = HexFormat.of().formatHex(sha.digest(), 0, 8);
            return FORMAT + "/lucene-" + Version.LATEST + "/" + digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
