package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RunDatesTest {

    @Test
    void aRangeStepsBackFromItsEndSoTheNewestRunIsTheEnd() {
        assertThat(RunDates.parse("2018-01-01..2018-02-01", "14d")).containsExactly(
                LocalDate.of(2018, 1, 4), LocalDate.of(2018, 1, 18), LocalDate.of(2018, 2, 1));
        assertThat(RunDates.parse("2018-01-01..2018-01-29", "2w")).hasSize(3).endsWith(LocalDate.of(2018, 1, 29));
    }

    @Test
    void listsAreSortedAndDeduplicated() {
        assertThat(RunDates.parse("2018-03-14, 2018-01-01,2018-03-14", "14d"))
                .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 14));
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> RunDates.parse("2018-02-01..2018-01-01", "14d")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> RunDates.parse("2018-01-01..2018-02-01", "fortnight")).hasMessageContaining("--every");
        assertThatThrownBy(() -> RunDates.parse("yesterday", "14d")).hasMessageContaining("'yesterday'");
    }
}
