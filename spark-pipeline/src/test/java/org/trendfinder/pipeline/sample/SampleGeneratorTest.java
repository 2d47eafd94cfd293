package org.trendfinder.pipeline.sample;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Generates one small history (30k rows over 3 years) and checks its structure and planted signals. */
class SampleGeneratorTest {
    private static final LocalDate END = LocalDate.of(2018, 5, 1);

    @TempDir
    static Path dir;
    static Truth truth;
    /** Valid project rows, reduced to what the checks need. */
    static final List<Row> rows = new ArrayList<>();
    static final Map<BadRowKind, Long> badSeen = new EnumMap<>(BadRowKind.class);
    static long records;
    static long multiLineEssays;
    static long essaysWithDivider;
    static long dollarCosts;
    static Map<String, Map<String, String>> schools;

    record Row(String id, String teacher, String schoolId, LocalDate posted, String grade, int sequence, String text) {
    }

    @BeforeAll
    static void generate() throws IOException {
        truth = SampleGenerator.generate(new SampleSpec(30_000, 42, END, 3), dir, 2);
        schools = GeneratedSample.schools(dir);
        Map<String, StringBuilder> resourceNames = new HashMap<>();
        GeneratedSample.forEachRecord(dir.resolve(SampleGenerator.RESOURCES_FILE), r ->
                resourceNames.computeIfAbsent(r.get("Project ID"), k -> new StringBuilder())
                        .append(' ').append(r.get("Resource Item Name")));
        Set<String> ids = new HashSet<>();
        GeneratedSample.forEachRecord(dir.resolve(SampleGenerator.PROJECTS_FILE), r -> {
            records++;
            BadRowKind defect = defect(r, ids);
            if (defect != null) {
                badSeen.merge(defect, 1L, Long::sum);
                return;
            }
            String essay = r.get("Project Essay");
            multiLineEssays += essay.contains("\n") ? 1 : 0;
            essaysWithDivider += essay.contains(ProjectText.ESSAY_DIVIDER) ? 1 : 0;
            dollarCosts += r.get("Project Cost").startsWith("$") ? 1 : 0;
            StringBuilder resources = resourceNames.getOrDefault(r.get("Project ID"), new StringBuilder());
            String text = (r.get("Project Title") + " " + essay + " " + resources).toLowerCase(Locale.ROOT);
            rows.add(new Row(r.get("Project ID"), r.get("Teacher ID"), r.get("School ID"),
                    LocalDate.parse(r.get("Project Posted Date")), r.get("Project Grade Level Category"),
                    Integer.parseInt(r.get("Teacher Project Posted Sequence")), text));
        });
    }

    /** Classifies a row the way a strict reader would; ids seen so far detect duplicates. */
    private static BadRowKind defect(CSVRecord r, Set<String> ids) {
        String id = r.get("Project ID");
        if (id.isEmpty()) {
            return BadRowKind.MISSING_PROJECT_ID;
        }
        if (!ids.add(id)) {
            return BadRowKind.DUPLICATE_PROJECT_ID;
        }
        try {
            LocalDate.parse(r.get("Project Posted Date"));
        } catch (DateTimeParseException e) {
            return BadRowKind.UNPARSEABLE_POSTED_DATE;
        }
        if (!schools.containsKey(r.get("School ID"))) {
            return BadRowKind.UNKNOWN_SCHOOL_ID;
        }
        if (!r.get("Project Cost").replace("$", "").replace(",", "").matches("\\d+\\.\\d\\d")) {
            return BadRowKind.BAD_COST;
        }
        return null;
    }

    @Test
    void headersAreExactlyTheKaggleOnes() throws IOException {
        assertThat(firstLine(SampleGenerator.PROJECTS_FILE)).isEqualTo("Project ID,School ID,Teacher ID,"
                + "Teacher Project Posted Sequence,Project Type,Project Title,Project Essay,Project Short Description,"
                + "Project Need Statement,Project Subject Category Tree,Project Subject Subcategory Tree,"
                + "Project Grade Level Category,Project Resource Category,Project Cost,Project Posted Date,"
                + "Project Expiration Date,Project Current Status,Project Fully Funded Date");
        assertThat(firstLine(SampleGenerator.RESOURCES_FILE)).isEqualTo(
                "Project ID,Resource Item Name,Resource Quantity,Resource Unit Price,Resource Vendor Name");
        assertThat(firstLine(SampleGenerator.SCHOOLS_FILE)).isEqualTo("School ID,School Name,School Metro Type,"
                + "School Percentage Free Lunch,School State,School Zip,School City,School County,School District");
        assertThat(firstLine(SampleGenerator.TEACHERS_FILE)).isEqualTo(
                "Teacher ID,Teacher Prefix,Teacher First Project Posted Date");
    }

    @Test
    void multiLineEssaysParseBackToTheRightRowCount() throws IOException {
        assertThat(records).isEqualTo(30_000).isEqualTo(truth.projectRows());
        assertThat(rows).hasSize((int) truth.validProjects());
        assertThat(multiLineEssays).isEqualTo(rows.size());
        assertThat(essaysWithDivider).isEqualTo(rows.size());
        assertThat(dollarCosts).isBetween(rows.size() / 20L, rows.size() / 5L);
        long resourceRecords = countRecords(SampleGenerator.RESOURCES_FILE);
        assertThat(resourceRecords).isEqualTo(truth.resourceRows()).isGreaterThan(2L * rows.size());
        assertThat(countRecords(SampleGenerator.SCHOOLS_FILE)).isEqualTo(truth.schools());
        assertThat(countRecords(SampleGenerator.TEACHERS_FILE)).isEqualTo(truth.teachers());
        assertThat(Files.readString(dir.resolve(SampleGenerator.PROJECTS_FILE), StandardCharsets.UTF_8))
                .contains("\"\"").contains("Warmth, Care & Hunger");
    }

    @Test
    void badRowCountsMatchTheTruthFile() {
        for (BadRowKind kind : BadRowKind.values()) {
            assertThat(badSeen.getOrDefault(kind, 0L)).as(kind.name()).isEqualTo(truth.badRows().get(kind));
        }
        double share = truth.totalBadRows() / (double) truth.projectRows();
        assertThat(share).isBetween(0.005, 0.012);
        assertThat(truth.badRows().values()).allMatch(n -> n > 0);
    }

    @Test
    void theTruthFileReadsBack() throws IOException {
        assertThat(Truth.read(dir.resolve(Truth.FILE_NAME))).isEqualTo(truth);
    }

    @Test
    void teachersPostSeveralProjectsAndSchoolsUseRealGeography() {
        Map<String, Long> perTeacher = rows.stream().collect(Collectors.groupingBy(Row::teacher, Collectors.counting()));
        assertThat(perTeacher.values().stream().filter(n -> n >= 3).count()).isGreaterThan(500);
        assertThat(schools.values()).anyMatch(s -> s.get("School State").equals("Illinois")
                && s.get("School County").equals("Cook"));
        assertThat(schools.values()).anyMatch(s -> s.get("School State").equals("New York")
                && s.get("School County").equals("Kings"));
        assertThat(schools.values()).allMatch(s -> s.get("School Zip").matches("\\d{5}"));
    }

    @Test
    void volumeGrowsOverTheYearsAndPeaksAtBackToSchool() {
        long firstYear = rows.stream().filter(r -> r.posted().isBefore(END.minusYears(2))).count();
        long lastYear = rows.stream().filter(r -> r.posted().isAfter(END.minusYears(1))).count();
        assertThat(lastYear).isGreaterThan((long) (1.5 * firstYear));
        long september = rows.stream().filter(r -> r.posted().getYear() == 2017 && r.posted().getMonthValue() == 9).count();
        long june = rows.stream().filter(r -> r.posted().getYear() == 2017 && r.posted().getMonthValue() == 6).count();
        assertThat(september).isGreaterThan(2 * june);
    }

    @Test
    void currentTrendsRiseInTheLastTwoWeeks() {
        for (PlantedTerm term : truth.termsOf(TrendShape.SUDDEN)) {
            double recent = share(term, END.minusDays(13), END);
            double before = share(term, END.minusYears(3), END.minusDays(60));
            assertThat(recent).as(term.term()).isGreaterThan(0.01);
            assertThat(before).as(term.term()).isZero();
        }
        for (PlantedTerm term : truth.termsOf(TrendShape.GRADUAL)) {
            double recent = share(term, END.minusDays(13), END);
            double halfYearAgo = share(term, END.minusDays(240), END.minusDays(180));
            assertThat(recent).as(term.term()).isGreaterThan(1.5 * halfYearAgo).isGreaterThan(0.015);
        }
    }

    @Test
    void slowGrowersRiseYearOverYearAndTheBackToSchoolBurstStartsInLateSummer() {
        for (PlantedTerm term : truth.termsOf(TrendShape.SLOW_GROWER)) {
            LocalDate start = LocalDate.parse(term.start());
            assertThat(start).as(term.term()).isBefore(END.minusMonths(17)).isAfter(END.minusMonths(31));
            double lastHalfYear = share(term, END.minusDays(181), END);
            double yearBefore = share(term, END.minusDays(181 + 364), END.minusDays(364));
            assertThat(lastHalfYear).as(term.term()).isGreaterThan(1.3 * yearBefore);
            assertThat(LocalDate.parse(term.liveFrom())).as("half its final share").isAfter(start).isBefore(END);
        }
        PlantedTerm burst = truth.termsOf(TrendShape.BACK_TO_SCHOOL_BURST).get(0);
        LocalDate start = LocalDate.parse(burst.start());
        assertThat(start.getMonthValue()).isIn(8, 9);
        assertThat(share(burst, start.minusDays(60), start.minusDays(1))).isZero();
        assertThat(share(burst, LocalDate.parse(burst.peakStart()), END)).isGreaterThan(0.01);
    }

    @Test
    void everyPlantedMentionIsInAFrameSentenceAndItsItemCarriesItsProductLine() {
        assertThat(truth.frameWords()).isNotEmpty();
        assertThat(truth.productLineWords()).isNotEmpty();
        assertThat(truth.terms()).allSatisfy(t -> assertThat(t.productLine()).isNotBlank());
        assertThat(Vocabulary.FRAME_SENTENCES).allSatisfy(f -> assertThat(f).contains("{X}"));
    }

    @Test
    void anEndedSpikeIsAbsentAtTheEnd() {
        PlantedTerm spike = truth.termsOf(TrendShape.ENDED_SPIKE).get(0);
        assertThat(LocalDate.parse(spike.end())).isBefore(END.minusDays(90));
        // The skews' multipliers move the overall share away from the base peakShare: only its order matters.
        assertThat(share(spike, LocalDate.parse(spike.peakStart()), LocalDate.parse(spike.peakEnd())))
                .isGreaterThan(0.01);
        assertThat(share(spike, END.minusDays(60), END)).isZero();
    }

    @Test
    void seasonalDecoysWereAsHighInTheSameWeeksOfEarlierYears() {
        for (PlantedTerm decoy : truth.termsOf(TrendShape.SEASONAL_DECOY)) {
            // The truth file's latest peak is this year's season; compare it with the same weeks of earlier years.
            LocalDate seasonStart = LocalDate.parse(decoy.peakStart());
            double now = share(decoy, seasonStart, END);
            double earlier = share(decoy, List.of(seasonStart.minusYears(1), seasonStart.minusYears(2)),
                    List.of(END.minusYears(1), END.minusYears(2)));
            double offSeason = share(decoy, END.minusDays(200), END.minusDays(100));
            assertThat(now).as(decoy.term()).isGreaterThan(0.01);
            assertThat(earlier).as(decoy.term()).isGreaterThan(0.5 * now);
            assertThat(offSeason).as(decoy.term()).isLessThan(now / 5);
        }
    }

    @Test
    void theSingleTeacherDecoyComesFromOneTeacher() {
        PlantedTerm decoy = truth.termsOf(TrendShape.SINGLE_TEACHER_DECOY).get(0);
        List<Row> carriers = rows.stream().filter(r -> carries(r, decoy)).toList();
        assertThat(carriers).hasSize((int) decoy.plantedProjects()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(carriers).allMatch(r -> r.teacher().equals(decoy.teacherId()));
        assertThat(carriers).allMatch(r -> !r.posted().isBefore(END.minusDays(13)));
        assertThat(carriers.stream().map(Row::sequence).distinct().count()).isEqualTo(carriers.size());
    }

    @Test
    void plantedTermsAreConcentratedWhereTheTruthSays() {
        for (PlantedTerm term : truth.terms()) {
            if (term.shape() == TrendShape.SINGLE_TEACHER_DECOY) {
                continue;
            }
            List<Row> carriers = rows.stream().filter(r -> carries(r, term)).toList();
            assertThat(carriers.size()).as(term.term()).isEqualTo(term.plantedProjects());
            double everywhere = rows.stream().filter(r -> inRegion(r, term)).count() / (double) rows.size();
            double amongCarriers = carriers.stream().filter(r -> inRegion(r, term)).count() / (double) carriers.size();
            assertThat(amongCarriers).as(term.term() + " in " + term.geography()).isGreaterThan(2 * everywhere);
        }
    }

    @Test
    void singleWordsAndPhrasesAreBothPlantedWithTheirForms() {
        assertThat(truth.terms()).anyMatch(t -> t.words() == 1).anyMatch(t -> t.words() == 2)
                .anyMatch(t -> t.words() == 3);
        for (PlantedTerm term : truth.terms()) {
            assertThat(term.forms()).hasSize(2).doesNotHaveDuplicates();
            assertThat(term.forms().get(1).split(" ")).hasSize(term.words());
            assertThat(term.demographic()).isNotNull();
        }
    }

    private static boolean inRegion(Row r, PlantedTerm term) {
        Map<String, String> school = schools.get(r.schoolId());
        return school.get("School State").equals(term.geography().state())
                && (term.geography().county() == null || school.get("School County").equals(term.geography().county()));
    }

    private static double share(PlantedTerm term, LocalDate from, LocalDate to) {
        return share(term, List.of(from), List.of(to));
    }

    /** Share of valid rows carrying the term among rows posted in any of the windows [from[i], to[i]]. */
    private static double share(PlantedTerm term, List<LocalDate> from, List<LocalDate> to) {
        long all = 0;
        long with = 0;
        for (Row r : rows) {
            for (int i = 0; i < from.size(); i++) {
                if (!r.posted().isBefore(from.get(i)) && !r.posted().isAfter(to.get(i))) {
                    all++;
                    with += carries(r, term) ? 1 : 0;
                }
            }
        }
        return all == 0 ? 0 : with / (double) all;
    }

    private static final Map<String, Pattern> PATTERNS = new HashMap<>();

    private static boolean carries(Row r, PlantedTerm term) {
        Pattern p = PATTERNS.computeIfAbsent(term.term(), k -> Pattern.compile("\\b(" + term.forms().stream()
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b"));
        return p.matcher(r.text()).find();
    }

    private static String firstLine(String file) throws IOException {
        try (var reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
            return reader.readLine();
        }
    }

    private static long countRecords(String file) throws IOException {
        long[] n = {0};
        GeneratedSample.forEachRecord(dir.resolve(file), r -> n[0]++);
        return n[0];
    }
}
