package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class MetroCountiesTest {

    @Test
    void theDefaultTableHoldsTheFiveBoroughsAndOneCountyPerOtherCity() {
        MetroCounties defaults = MetroCounties.defaults();
        assertThat(defaults.byMetro().get("New York City")).extracting(MetroCounties.County::county)
                .containsExactly("New York", "Kings", "Queens", "Bronx", "Richmond");
        assertThat(defaults.byMetro()).containsKeys("Chicago", "Los Angeles", "San Francisco", "Houston", "Phoenix",
                "Philadelphia", "San Antonio", "San Diego", "Dallas", "Austin");
        assertThat(defaults.counties()).hasSize(15);
        assertThat(defaults.byMetro().get("Austin")).containsExactly(new MetroCounties.County("Austin", "TX", "Travis"));
    }

    @Test
    void namesAreComparedTrimmedCaseFoldedAndWithoutCountySuffix() {
        assertThat(MetroCounties.normalize("  Cook County ")).isEqualTo("cook");
        assertThat(MetroCounties.normalize("COOK")).isEqualTo("cook");
        assertThat(MetroCounties.normalize("Los Angeles County")).isEqualTo("los angeles");
        assertThat(MetroCounties.normalize("Countyline")).isEqualTo("countyline");
        assertThat(MetroCounties.normalize(null)).isEmpty();
    }

    @Test
    void badRowsNameTheSourceRowAndField() {
        assertThatThrownBy(() -> MetroCounties.parse(new StringReader("""
                # comment
                metro,state,county
                Chicago,Illinois,Cook
                """), "my.csv"))
                .hasMessageContaining("my.csv row 3").hasMessageContaining("'state'");
        assertThatThrownBy(() -> MetroCounties.parse(new StringReader("metro,state,county\nChicago,IL\n"), "x.csv"))
                .hasMessageContaining("x.csv row 2").hasMessageContaining("3 fields");
        assertThatThrownBy(() -> MetroCounties.parse(new StringReader("city,state\n"), "y.csv"))
                .hasMessageContaining("y.csv row 1").hasMessageContaining("header");
    }

    @Test
    void anOverrideFileReplacesTheDefault(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("metros.csv");
        java.nio.file.Files.writeString(file, "metro,state,county\nSeattle,wa,King County\n");
        MetroCounties counties = MetroCounties.fromFile(file);
        assertThat(counties.counties()).containsExactly(new MetroCounties.County("Seattle", "WA", "King County"));
        assertThat(counties.counties().get(0).key()).isEqualTo("king");
        assertThat(counties.source()).isEqualTo(file.toString());
        assertThat(List.of(counties.byMetro().keySet().toArray())).containsExactly("Seattle");
    }
}
