package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.detect.RiseStatistic.Tested;

class PhraseSuppressionTest {

    /** A significant term: x of 1000 window projects, x0 of 10000 baseline projects. */
    private static Tested tested(String key, long x, long x0) {
        return new Tested(key, new WindowTerm(), x, 1000, x0, 10000, "trailing", 1e-9, 1.0);
    }

    @Test
    void aWordWhoseRiseThePhraseExplainsIsDropped() {
        // flexible: 130 vs expected 1000 x 0.05 = 50, excess 80; flexible seating: 80 vs 0, excess 80 >= 40.
        List<Tested> kept = PhraseSuppression.apply(List.of(tested("flexible", 130, 500),
                tested("seat", 100, 200), tested("flexible seat", 80, 0)));
        assertThat(kept).extracting(Tested::key).containsExactly("flexible seat");
    }

    @Test
    void aPhraseThatOnlyRidesAlongWithItsWordIsDropped() {
        // insect: 100 vs 10 expected (lift 10, excess 90); insect kit: 20 vs 2 expected (lift 10, excess 18 < 45).
        List<Tested> kept = PhraseSuppression.apply(List.of(tested("insect", 100, 100), tested("insect kit", 20, 20)));
        assertThat(kept).extracting(Tested::key).containsExactly("insect");
    }

    @Test
    void independentRisesAreBothKept() {
        // robot: 100 vs 10 expected (excess 90, lift 10); robot arm: 30 vs 0.2 expected (excess 29.8 < 45, lift 150):
        // the phrase explains under half of the word's rise and adds a rise of its own, so both stay.
        List<Tested> kept = PhraseSuppression.apply(List.of(tested("robot", 100, 100), tested("robot arm", 30, 2)));
        assertThat(kept).extracting(Tested::key).containsExactly("robot", "robot arm");
    }
}
