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
}
