package org.trendfinder.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TermExtractorTest {

    private static List<String> keys(int maxNgram, String text) {
        List<String> keys = new ArrayList<>();
        try (TermExtractor extractor = new TermExtractor(maxNgram)) {
            extractor.forEachTerm(text, (key, surface) -> keys.add(key));
        }
        return keys;
    }

    @Test
    void pluralsFoldToOneKeyAndKeepTheirSurface() {
        try (TermExtractor extractor = new TermExtractor(1)) {
            Map<String, String> a = extractor.distinctTerms("Insects");
            Map<String, String> b = extractor.distinctTerms("insect");
            assertThat(a).containsExactly(Map.entry("insect", "insects"));
            assertThat(b).containsExactly(Map.entry("insect", "insect"));
        }
    }

    @Test
    void productCodesNumbersAndSingleLettersAreDropped() {
        assertThat(keys(1, "iPad 256GB LC405BU x2 cartridges 24 pack a"))
                .containsExactly("ipad", "cartridge", "pack");
    }

    @Test
    void stopWordsAndBoilerplateAreRemoved() {
        assertThat(keys(1, "My students need the microscopes for our classroom and school project"))
                .containsExactly("microscope");
        assertThat(TermAnalyzer.boilerplate()).contains("students", "classroom", "donorschoose");
    }

    @Test
    void htmlAndTheEssayDividerAreStripped() {
        String essay = "<p>Hydroponic <b>garden</b></p><!--DONOTREMOVEESSAYDIVIDER-->\r\nWorm bins&amp;soil";
        assertThat(keys(1, essay)).containsExactly("hydroponic", "garden", "worm", "bin", "soil");
    }

    @Test
    void phrasesNeverSpanStopWordsCodesOrSentenceAndItemBoundaries() {
        assertThat(keys(2, "flexible seating options"))
                .containsExactly("flexible", "seating", "flexible seating", "option", "seating option");
        assertThat(keys(3, "flexible seating options")).contains("flexible seating option");
        // "for" is a stop word, 256gb a product code, "." ends a sentence and "\n" ends a resource item.
        List<String> keys = keys(2, "wobble stools for reading. Lego bricks\nbean bags 256gb chairs");
        assertThat(keys).contains("wobble stool", "lego brick", "bean bag")
                .doesNotContain("stool reading", "reading lego", "brick bean", "bag chair");
    }

    @Test
    void theEssayDividerEndsAPhraseWithoutHtmlStripping() {
        assertThat(keys(2, "worm bins<!--DONOTREMOVEESSAYDIVIDER-->Garden soil"))
                .containsExactly("worm", "bin", "worm bin", "garden", "soil", "garden soil");
    }

    @Test
    void allowedWordsLimitWhatIsBuilt() {
        try (TermExtractor extractor = new TermExtractor(3, Set.of("flexible", "seating"))) {
            assertThat(extractor.distinctTerms("new flexible seating options").keySet())
                    .containsExactlyInAnyOrder("flexible", "seating", "flexible seating");
        }
    }

    /** Texts that exercise every rule: markup, the divider, boundaries, gaps, codes, possessives, case. */
    private static final List<String> TRICKY = java.util.Arrays.asList(
            "My students need flexible seating. Flexible seating helps: wobble stools; bean bags!",
            "<p>We love <b>flexible seating</b> &amp; wobble&nbsp;stools</p><!--DONOTREMOVEESSAYDIVIDER-->Bean bags too",
            "iPad 256GB LC405BU x2 charging cart\nHeadphones (kids' size) | earbuds [3 pack]",
            "The students' teacher's classroom library books, books and more books",
            null, "   ", "a", "Mrs. Smith's 3rd-grade class wants STEM kits, STEM-kits and stem kits?");

    @Test
    void replayingAnalyzedTextsFindsExactlyTheTermsOfTheRawTexts() {
        for (Set<String> allowed : java.util.Arrays.asList(null, Set.of("flexibl", "seat", "book", "stem", "kit"))) {
            try (TermExtractor raw = new TermExtractor(3, allowed);
                 TermExtractor analyzer = new TermExtractor(1);
                 TermExtractor replay = TermExtractor.overAnalyzed(3, allowed)) {
                String[] analyzed = TRICKY.stream().map(analyzer::analyze).toArray(String[]::new);
                for (int i = 0; i < TRICKY.size(); i++) {
                    List<String> expected = new ArrayList<>();
                    List<String> actual = new ArrayList<>();
                    raw.forEachTerm(TRICKY.get(i), (key, surface) -> expected.add(key + "/" + surface));
                    replay.forEachTerm(analyzed[i], (key, surface) -> actual.add(key + "/" + surface));
                    assertThat(actual).as("text %d, allowed %s", i, allowed).isEqualTo(expected);
                }
                Map<String, TermExtractor.FieldTerm> byField = replay.distinctTermsByField(analyzed);
                Map<String, TermExtractor.FieldTerm> rawByField = raw.distinctTermsByField(TRICKY.toArray(String[]::new));
                assertThat(byField.keySet()).isEqualTo(rawByField.keySet());
                byField.forEach((key, term) -> assertThat(term.fields()).isEqualTo(rawByField.get(key).fields()));
            }
        }
    }

    @Test
    void analyzedTextMarksWherePhrasesStop() {
        try (TermExtractor extractor = new TermExtractor(1)) {
            assertThat(extractor.analyze("Flexible seating. Wobble stools for the garden")).isEqualTo(
                    "flexible seating\nwobble stools\ngarden");
            assertThat(extractor.analyze(" ")).isNull();
            assertThat(extractor.analyze(null)).isNull();
        }
    }
}
