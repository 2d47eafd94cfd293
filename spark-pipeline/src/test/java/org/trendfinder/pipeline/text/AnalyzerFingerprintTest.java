package org.trendfinder.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * Ingested words are replayed only under the fingerprint they were analyzed with: a change to the analyzer must
 * change it. The probe's words are pinned here; when this test fails after a change to the chain, bump
 * {@link AnalyzerFingerprint#FORMAT} and pin the new words.
 */
class AnalyzerFingerprintTest {

    @Test
    void theProbeGoesThroughEveryStageOfTheChain() {
        assertThat(AnalyzerFingerprint.probeWords()).as("bump AnalyzerFingerprint.FORMAT, then pin these words")
                .isEqualTo(String.join("\n", "flexible seating", "wobble stools", "graders", "ipads", "read", "books",
                        "week", "chromebooks", "hp", "https", "example.org", "headphones", "science kits hands",
                        "robots"));
    }

    @Test
    void theFingerprintNamesTheFormatAndTheLuceneVersion() {
        assertThat(AnalyzerFingerprint.current())
                .startsWith(AnalyzerFingerprint.FORMAT + "/lucene-" + Version.LATEST + "/")
                .matches(".*/[0-9a-f]{16}");
    }
}
