package org.trendfinder.pipeline.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Projects.csv and Resources.csv rows of one chunk of consecutive project indices. Each chunk has its own
 * random stream derived from the seed and the chunk number, so the bytes do not depend on how many threads run.
 * Chunks are composed concurrently: every buffer lives in one {@link #compose} call.
 */
final class ProjectComposer {
    /** Bad rows per 10,000 rows, for each kind. */
    private static final int BAD_PER_10K = 16;
    private static final String[] RESOURCE_CATEGORIES = {"Supplies", "Technology", "Books", "Computers & Tablets",
            "Instructional Technology", "Reading Nooks, Desks & Storage", "Educational Kits & Games",
            "Lab Equipment", "Art Supplies", "Sports & Exercise Equipment", "Classroom Basics",
            "Musical Instruments", "Flexible Seating", "Food, Clothing & Hygiene", "Trips", "Visitors", "Other"};
    private static final String[] STATUS = {"Fully Funded", "Expired", "Live"};

    /** One chunk's output and its counts. */
    record Chunk(byte[] projects, byte[] resources, long rows, long resourceRows, long[] bad, long[] perYear,
                 long[] planted) {
    }

    /**
     * Who writes a project: a reposting decoy's teacher for the projects it owns, else a teacher drawn for the day.
     *
     * @param owner the decoy owning the project (null for most)
     */
    private record Author(PlantedSignal owner, int teacher, Population.School school, int grade) {
    }

    private final VolumeModel volume;
    private final Population population;
    private final TrendPlan plan;
    private final int endDay;
    private final int firstYear;
    private final int years;
    private final String[] dateText;  // ISO text of every day offset from the start to past the last expiration
    private final int[] yearIndex;    // posted year minus the first year, per day offset

    ProjectComposer(VolumeModel volume, Population population, TrendPlan plan, LocalDate end) {
        this.volume = volume;
        this.population = population;
        this.plan = plan;
        this.endDay = volume.days() - 1;
        this.firstYear = volume.start().getYear();
        this.years = end.getYear() - firstYear + 1;
        this.dateText = new String[volume.days() + 200];
        this.yearIndex = new int[volume.days()];
        for (int d = 0; d < dateText.length; d++) {
            LocalDate date = volume.start().plusDays(d);
            dateText[d] = date.toString();
            if (d < yearIndex.length) {
                yearIndex[d] = date.getYear() - firstYear;
            }
        }
    }

    Chunk compose(long from, long to, SplittableRandom rng) {
        int n = (int) (to - from);
        StringBuilder projects = new StringBuilder(n * 1900);
        StringBuilder resources = new StringBuilder(n * 450);
        long[] bad = new long[BadRowKind.values().length];
        long[] perYear = new long[years];
        List<PlantedSignal> signals = plan.signals();
        long[] planted = new long[signals.size()];
        ResourceRows resourceRows = new ResourceRows();
        ProjectText text = new ProjectText();
        ProjectSubjects subjects = new ProjectSubjects();
        StringBuilder tmp = new StringBuilder(64);
        long resourceRowCount = 0;
        String previousId = null;
        for (long index = from; index < to; index++) {
            int day = volume.dayOf(index);
            Author author = author(signals, index, day, rng);
            CarriedTerms terms = CarriedTerms.draw(signals, author.owner(), day, author.school(), author.grade(), rng);
            BadRowKind badKind = badKind(author.owner(), previousId, rng);
            String id = Population.hexId(rng);
            String rowId = badKind == BadRowKind.MISSING_PROJECT_ID ? ""
                    : badKind == BadRowKind.DUPLICATE_PROJECT_ID ? previousId : id;
            if (badKind == null) {
                perYear[yearIndex[day]]++;
                for (int k = 0; k < planted.length; k++) {
                    planted[k] += terms.carried()[k] ? 1 : 0;
                }
            } else {
                bad[badKind.ordinal()]++;
            }
            boolean writeResources = badKind != BadRowKind.MISSING_PROJECT_ID
                    && badKind != BadRowKind.DUPLICATE_PROJECT_ID;

            ResourceRows.Written items = resourceRows.compose(resources, rowId, writeResources, terms, rng);
            resourceRowCount += items.rows();
            appendIdentity(projects, rowId, badKind, author, index, day, rng);
            text.appendTitle(projects, terms, rng);
            text.appendEssayColumns(projects, terms, signals, items.needItem(), rng);
            subjects.append(projects, rng);
            projects.append(TrendPlan.GRADES[author.grade()]).append(',');
            appendResourceCategory(projects, items.firstCategory(), rng);
            appendCost(projects, tmp, badKind, items.costCents(), rng);
            appendDates(projects, badKind, day, items.costCents(), rng);
            projects.append(Csv.RECORD_END);
            if (badKind == null) {
                previousId = id; // a duplicate always repeats a row that is otherwise valid
            }
        }
        return new Chunk(projects.toString().getBytes(StandardCharsets.UTF_8),
                resources.toString().getBytes(StandardCharsets.UTF_8), n, resourceRowCount, bad, perYear, planted);
    }

    private Author author(List<PlantedSignal> signals, long index, int day, SplittableRandom rng) {
        PlantedSignal owner = null;
        for (PlantedSignal signal : signals) {
            if (signal.ownsProject(index)) {
                owner = signal;
            }
        }
        int teacher = owner != null ? owner.teacherIndex : population.pickTeacher(rng, day);
        Population.School school = population.schoolOf(teacher);
        return new Author(owner, teacher, school, pickGrade(rng, school.level()));
    }

    /** Which flaw, if any, the row gets; a decoy's projects and the first row of a chunk's duplicates stay valid. */
    private static BadRowKind badKind(PlantedSignal owner, String previousId, SplittableRandom rng) {
        int u = rng.nextInt(10_000);
        if (owner == null && u < BAD_PER_10K * BadRowKind.values().length) {
            BadRowKind kind = BadRowKind.values()[u / BAD_PER_10K];
            return kind == BadRowKind.DUPLICATE_PROJECT_ID && previousId == null ? null : kind;
        }
        return null;
    }

    /** Project ID, School ID, Teacher ID, Teacher Project Posted Sequence, Project Type. */
    private void appendIdentity(StringBuilder projects, String rowId, BadRowKind badKind, Author author, long index,
                                int day, SplittableRandom rng) {
        Csv.field(projects, rowId);
        projects.append(',');
        Csv.field(projects, badKind == BadRowKind.UNKNOWN_SCHOOL_ID ? Population.hexId(rng) : author.school().id());
        projects.append(',').append(population.teachers().get(author.teacher()).id()).append(',');
        // The reposting teacher's sequence still counts up with every repost.
        int sequence = population.sequence(author.teacher(), day)
                + (author.owner() == null ? 0 : Arrays.binarySearch(author.owner().teacherProjects, index));
        projects.append(sequence).append(',');
        int type = rng.nextInt(100);
        projects.append(type < 97 ? "Teacher-Led" : type < 99 ? "Professional Development" : "Student-Led");
        projects.append(',');
    }

    /** Project Resource Category: mostly the first catalogue item's. */
    private static void appendResourceCategory(StringBuilder projects, String firstCategory, SplittableRandom rng) {
        String resourceCategory = firstCategory == null || rng.nextInt(4) == 0
                ? RESOURCE_CATEGORIES[rng.nextInt(RESOURCE_CATEGORIES.length)] : firstCategory;
        Csv.field(projects, resourceCategory);
        projects.append(',');
    }

    /** Project Cost: the resources' total, one time in ten with a thousands separator. */
    private static void appendCost(StringBuilder projects, StringBuilder tmp, BadRowKind badKind, long costCents,
                                   SplittableRandom rng) {
        if (badKind == BadRowKind.BAD_COST) {
            projects.append("N/A");
        } else {
            tmp.setLength(0);
            Csv.money(tmp, costCents, rng.nextInt(10) == 0);
            Csv.field(projects, tmp);
        }
        projects.append(',');
    }

    /**
     * Project Posted Date, Project Expiration Date, Project Current Status, Project Fully Funded Date: dear
     * projects fund less often; a project neither funded nor expired by the end date is still live.
     */
    private void appendDates(StringBuilder projects, BadRowKind badKind, int day, long costCents,
                             SplittableRandom rng) {
        if (badKind == BadRowKind.UNPARSEABLE_POSTED_DATE) {
            projects.append(switch (rng.nextInt(3)) {
                case 0 -> "not a date";
                case 1 -> dateText[day].substring(0, 4) + "-13-" + (32 + rng.nextInt(60));
                default -> "00/00/0000";
            });
        } else {
            projects.append(dateText[day]);
        }
        projects.append(',');
        int expiresAfter = 100 + rng.nextInt(30);
        projects.append(dateText[day + expiresAfter]).append(',');
        boolean funds = rng.nextInt(100) < (costCents > 100_000 ? 62 : 78);
        int fundedAfter = Math.min(expiresAfter, 1 + (int) (-Math.log(1 - rng.nextDouble()) * 25));
        if (funds && day + fundedAfter <= endDay) {
            projects.append(STATUS[0]).append(',').append(dateText[day + fundedAfter]);
        } else if (day + expiresAfter <= endDay) {
            projects.append(STATUS[1]).append(',');
        } else {
            projects.append(STATUS[2]).append(',');
        }
    }

    private static int pickGrade(SplittableRandom rng, Population.Level level) {
        int[] w = Population.gradeWeights(level);
        int u = rng.nextInt(100);
        for (int g = 0; g < w.length; g++) {
            u -= w[g];
            if (u < 0) {
                return g;
            }
        }
        return w.length - 1;
    }
}
