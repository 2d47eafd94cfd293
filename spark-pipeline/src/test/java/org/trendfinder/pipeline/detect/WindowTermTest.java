package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.text.TermExtractor;

class WindowTermTest {

    @Test
    void theDisplayFormIsTheMostCommonSurfaceOfTheKey() {
        WindowTerm term = new WindowTerm();
        try (TermExtractor extractor = new TermExtractor(1)) {
            for (String text : List.of("Insects", "insect", "insects")) {
                extractor.distinctTerms(text).forEach((key, surface) -> {
                    assertThat(key).isEqualTo("insect");
                    term.add(surface, "t", "s");
                });
            }
        }
        assertThat(term.projects).isEqualTo(3);
        assertThat(term.surface()).isEqualTo("insects");
        assertThat(LocalDate.ofEpochDay(TermHistory.WEEK_ORIGIN).getDayOfWeek().name()).isEqualTo("MONDAY");
    }

    @Test
    void benjaminiHochbergAdjustsByRank() {
        // m = 4: sorted p .01 .02 .03 .5 -> p*m/rank .04 .04 .04 .5 (monotone from the top)
        double[] q = BenjaminiHochberg.adjust(new double[] {0.5, 0.01, 0.03, 0.02});
        assertThat(q).containsExactly(0.5, 0.04, 0.04, 0.04);
    }

    @Test
    void risePValueIsTheConditionalBinomialTail() {
        // x = 2 of n = 10, x0 = 0 of n0 = 10: X ~ Bin(2, 1/2), P(X >= 2) = 1/4
        assertThat(RiseStatistic.risePValue(2, 10, 0, 10)).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
        // equal shares are no evidence of a rise
        assertThat(RiseStatistic.risePValue(5, 100, 50, 1000)).isGreaterThan(0.4);
    }
}
