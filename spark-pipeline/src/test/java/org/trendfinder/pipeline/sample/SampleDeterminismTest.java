package org.trendfinder.pipeline.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleDeterminismTest {
    private static final List<String> FILES = List.of(SampleGenerator.PROJECTS_FILE, SampleGenerator.RESOURCES_FILE,
            SampleGenerator.SCHOOLS_FILE, SampleGenerator.TEACHERS_FILE, Truth.FILE_NAME);

    @Test
    void theSameSeedGivesIdenticalBytesWhateverTheThreadCount(@TempDir Path dir) throws IOException {
        // 9,000 rows span three chunks, so the threaded run really interleaves work.
        SampleSpec spec = new SampleSpec(9_000, 5, LocalDate.of(2017, 11, 15), 2);
        SampleGenerator.generate(spec, dir.resolve("a"), 1);
        SampleGenerator.generate(spec, dir.resolve("b"), 3);
        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedsPlantDifferentTerms(@TempDir Path dir) throws IOException {
        Truth a = SampleGenerator.generate(new SampleSpec(2_000, 1, LocalDate.of(2018, 5, 1), 2), dir.resolve("a"), 2);
        Truth b = SampleGenerator.generate(new SampleSpec(2_000, 2, LocalDate.of(2018, 5, 1), 2), dir.resolve("b"), 2);
        Set<String> termsA = a.terms().stream().map(PlantedTerm::term).collect(Collectors.toSet());
        Set<String> termsB = b.terms().stream().map(PlantedTerm::term).collect(Collectors.toSet());
        assertThat(termsA).hasSize(12).isNotEqualTo(termsB);
        assertThat(Files.mismatch(dir.resolve("a").resolve(SampleGenerator.PROJECTS_FILE),
                dir.resolve("b").resolve(SampleGenerator.PROJECTS_FILE))).isNotEqualTo(-1L);
    }

    @Test
    void plantedWordsNeverOccurInTheBackgroundVocabulary() {
        Set<String> background = Vocabulary.backgroundWords();
        assertThat(background).hasSizeGreaterThan(300);
        for (long seed = 0; seed < 20; seed++) {
            SampleSpec spec = new SampleSpec(1_000, seed, LocalDate.of(2018, 5, 1), 2);
            VolumeModel volume = VolumeModel.of(spec.startDate(), spec.endDate(), spec.projects(), 2.5);
            Population population = Population.generate(SampleGenerator.stream(seed, 1), volume);
            TrendPlan plan = TrendPlan.plan(SampleGenerator.stream(seed, 2), spec, volume, population);
            for (PlantedSignal signal : plan.signals()) {
                // A single word must be new; a phrase needs a new leading word so it never forms by accident.
                String lead = signal.forms[0].split(" ")[0];
                assertThat(background).as(signal.forms[0]).doesNotContain(lead);
            }
        }
    }

    @Test
    void volumeFollowsGrowthAndSeason() {
        VolumeModel volume = VolumeModel.of(LocalDate.of(2013, 5, 2), LocalDate.of(2018, 5, 1), 100_000, 2.5);
        assertThat(volume.firstIndexOn(volume.days())).isEqualTo(100_000);
        assertThat(volume.dayOf(0)).isZero();
        assertThat(volume.dayOf(99_999)).isEqualTo(volume.days() - 1);
        assertThat(VolumeModel.seasonal(LocalDate.of(2016, 9, 7))).isGreaterThan(VolumeModel.seasonal(LocalDate.of(2016, 6, 7)));
        assertThat(VolumeModel.seasonal(LocalDate.of(2016, 12, 26))).isLessThan(VolumeModel.seasonal(LocalDate.of(2016, 12, 6)));
        long firstYear = volume.firstIndexOn(365);
        long lastYear = 100_000 - volume.firstIndexOn(volume.days() - 365);
        assertThat(lastYear).isGreaterThan(2 * firstYear);
    }

    @Test
    void theSmallestLongHistoryStillGenerates(@TempDir Path dir) throws IOException {
        Truth truth = SampleGenerator.generate(new SampleSpec(SampleSpec.MIN_PROJECTS, 3, LocalDate.of(2018, 5, 1), 20),
                dir, 2);
        assertThat(truth.projectRows()).isEqualTo(SampleSpec.MIN_PROJECTS);
        assertThat(truth.terms()).hasSize(12);
    }

    @Test
    void specRejectsNonsense() {
        assertThatThrownBy(() -> new SampleSpec(10, 1, LocalDate.of(2018, 5, 1), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projects");
        assertThatThrownBy(() -> new SampleSpec(1_000, 1, LocalDate.of(2018, 5, 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
    }
}
