package org.trendfinder.pipeline.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Projects.csv and Resources.csv rows of one chunk of consecutive project indices. Each chunk has its own
 * random stream derived from the seed and the chunk number, so the bytes do not depend on how many threads run.
 */
final class ProjectComposer {
    static final String ESSAY_DIVIDER = "<!--DONOTREMOVEESSAYDIVIDER-->";
    private static final String PARAGRAPH = "\r\n\r\n";
    /** Bad rows per 10,000 rows, for each kind. */
    private static final int BAD_PER_10K = 16;

    private static final List<Template> STUDENT = Template.compileAll(Vocabulary.STUDENT_SENTENCES);
    /** Background project sentences include the term frames filled with ordinary nouns (see {@link Vocabulary}). */
    private static final List<Template> PROJECT = Template.compileAll(
            concat(concat(Vocabulary.PROJECT_SENTENCES, Vocabulary.TERM_SENTENCES), Vocabulary.FRAME_SENTENCES));
    /** Every mention of a planted term is written in one of these. */
    private static final List<Template> FRAMES = Template.compileAll(Vocabulary.FRAME_SENTENCES);
    private static final List<Template> CLOSING = Template.compileAll(Vocabulary.CLOSING_SENTENCES);
    private static final List<Template> TITLES = Template.compileAll(concat(Vocabulary.TITLES, Vocabulary.TERM_TITLES));
    /** The project sentences and titles a planted term can take a noun's place in. */
    private static final List<Template> TITLES_WITH_NOUN = TITLES.stream().filter(Template::hasNounSlot).toList();

    private static final String[] CATEGORIES = {"Applied Learning", "Health & Sports", "History & Civics",
            "Literacy & Language", "Math & Science", "Music & The Arts", "Special Needs", "Warmth, Care & Hunger"};
    private static final int[] CATEGORY_WEIGHT = {10, 7, 4, 35, 28, 7, 8, 1};
    private static final String[][] SUBCATEGORIES = {
            {"Character Education", "College & Career Prep", "Community Service", "Early Development",
                    "Extracurricular", "Other", "Parent Involvement"},
            {"Gym & Fitness", "Health & Wellness", "Nutrition Education", "Team Sports"},
            {"Civics & Government", "Economics", "Financial Literacy", "History & Geography", "Social Sciences"},
            {"ESL", "Foreign Languages", "Literacy", "Literature & Writing"},
            {"Applied Sciences", "Environmental Science", "Health & Life Science", "Mathematics"},
            {"Music", "Performing Arts", "Visual Arts"},
            {"Special Needs"},
            {"Warmth, Care & Hunger"}};
    private static final String[] RESOURCE_CATEGORIES = {"Supplies", "Technology", "Books", "Computers & Tablets",
            "Instructional Technology", "Reading Nooks, Desks & Storage", "Educational Kits & Games",
            "Lab Equipment", "Art Supplies", "Sports & Exercise Equipment", "Classroom Basics",
            "Musical Instruments", "Flexible Seating", "Food, Clothing & Hygiene", "Trips", "Visitors", "Other"};
    private static final String[] STATUS = {"Fully Funded", "Expired", "Live"};

    /** One chunk's output and its counts. */
    record Chunk(byte[] projects, byte[] resources, long rows, long resourceRows, long[] bad, long[] perYear,
                 long[] planted) {
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
        List<TrendPlan.Signal> signals = plan.signals();
        long[] planted = new long[signals.size()];
        boolean[] carried = new boolean[signals.size()];
        Scratch s = new Scratch();
        long resourceRows = 0;
        String previousId = null;
        for (long index = from; index < to; index++) {
            int day = volume.dayOf(index);
            TrendPlan.Signal owner = null;
            for (TrendPlan.Signal signal : signals) {
                if (signal.ownsProject(index)) {
                    owner = signal;
                }
            }
            int teacher = owner != null ? owner.teacherIndex : population.pickTeacher(rng, day);
            Population.School school = population.schoolOf(teacher);
            int grade = pickGrade(rng, school.level());
            // Every carried term is written into the essay; the title and one resource feature one of them.
            String[] term = null;
            TrendPlan.Signal termSignal = null;
            int carriedCount = 0;
            for (int k = 0; k < signals.size(); k++) {
                TrendPlan.Signal signal = signals.get(k);
                carried[k] = signal.teacherProjects != null ? signal == owner
                        : rng.nextDouble() < signal.probability(day, school, grade);
                if (carried[k]) {
                    carriedCount++;
                    if (term == null || rng.nextInt(carriedCount) == 0) {
                        term = signal.forms;
                        termSignal = signal;
                    }
                }
            }

            BadRowKind badKind = null;
            int u = rng.nextInt(10_000);
            if (owner == null && u < BAD_PER_10K * BadRowKind.values().length) {
                badKind = BadRowKind.values()[u / BAD_PER_10K];
                if (badKind == BadRowKind.DUPLICATE_PROJECT_ID && previousId == null) {
                    badKind = null;
                }
            }
            String id = Population.hexId(rng);
            String rowId = badKind == BadRowKind.MISSING_PROJECT_ID ? ""
                    : badKind == BadRowKind.DUPLICATE_PROJECT_ID ? previousId : id;
            if (badKind == null) {
                perYear[yearIndex[day]]++;
                for (int k = 0; k < planted.length; k++) {
                    planted[k] += carried[k] ? 1 : 0;
                }
            } else {
                bad[badKind.ordinal()]++;
            }
            boolean writeResources = badKind != BadRowKind.MISSING_PROJECT_ID
                    && badKind != BadRowKind.DUPLICATE_PROJECT_ID;

            // Resources first: the cost and need statement are computed from them.
            s.reset();
            long costCents = 0;
            int items = Math.min(25, 1 + (int) (-Math.log(1 - rng.nextDouble()) * 2.5));
            String firstCategory = null;
            for (int r = 0; r < items; r++) {
                s.tmp.setLength(0);
                int qty = rng.nextInt(10) < 6 ? 1 : rng.nextInt(10) < 7 ? 2 + rng.nextInt(4) : 6 + rng.nextInt(25);
                long cents;
                String vendor = ResourceCatalog.vendor(rng);
                boolean plantedItem = r == 0 && term != null && rng.nextInt(10) < 6;
                boolean kit = rng.nextInt(100) < ResourceCatalog.KIT_PERCENT;
                if (plantedItem || kit) {
                    // A branded product: the planted term's, or a kit of an ordinary noun in any project. Kit
                    // wording comes at the catalog's usual rate whatever the product, so it never marks a trend.
                    String what = plantedItem ? term[rng.nextInt(term.length)] : Vocabulary.NOUNS.pick(rng);
                    s.tmp.append(ResourceCatalog.brand(rng)).append(' ');
                    appendTitleCase(s.tmp, what);
                    if (plantedItem) {
                        s.tmp.append(' ').append(termSignal.truth.productLine());
                    } else if (kit) {
                        s.tmp.append(' ').append(ResourceCatalog.kitSuffix(rng));
                    }
                    s.tmp.append(" - ");
                    ResourceCatalog.appendCode(s.tmp, rng);
                    cents = 1500 + rng.nextInt(10_000);
                    if (s.needItem == null) {
                        s.needItem = s.tmp.toString();
                    }
                } else {
                    ResourceCatalog.Item item = ResourceCatalog.pickItem(rng);
                    ResourceCatalog.appendName(s.tmp, item, rng);
                    cents = Math.round(ResourceCatalog.price(item, rng) * 100);
                    if (firstCategory == null) {
                        firstCategory = item.category();
                    }
                    if (s.needItem == null) {
                        s.needItem = item.name();
                    }
                }
                costCents += cents * qty;
                if (writeResources) {
                    Csv.field(resources, rowId);
                    resources.append(',');
                    Csv.field(resources, s.tmp);
                    resources.append(',').append(qty).append(',');
                    Csv.money(resources, cents, false);
                    resources.append(',');
                    Csv.field(resources, vendor);
                    resources.append(Csv.RECORD_END);
                    resourceRows++;
                }
            }

            // Project ID, School ID, Teacher ID, Teacher Project Posted Sequence, Project Type
            Csv.field(projects, rowId);
            projects.append(',');
            Csv.field(projects, badKind == BadRowKind.UNKNOWN_SCHOOL_ID ? Population.hexId(rng) : school.id());
            projects.append(',').append(population.teachers().get(teacher).id()).append(',');
            // The reposting teacher's sequence still counts up with every repost.
            int sequence = population.sequence(teacher, day)
                    + (owner == null ? 0 : Arrays.binarySearch(owner.teacherProjects, index));
            projects.append(sequence).append(',');
            int type = rng.nextInt(100);
            projects.append(type < 97 ? "Teacher-Led" : type < 99 ? "Professional Development" : "Student-Led");
            projects.append(',');

            // Project Title
            boolean termInTitle = term != null && rng.nextInt(10) < 6;
            (termInTitle ? pick(TITLES_WITH_NOUN, rng) : pick(TITLES, rng)).fill(s.tmp2(), rng, termInTitle ? term : null);
            titleCase(s.tmp);
            Csv.field(projects, s.tmp);
            projects.append(',');

            // Project Essay, Project Short Description, Project Need Statement
            StringBuilder essay = s.essay;
            paragraph(essay, STUDENT, 2 + rng.nextInt(3), rng);
            essay.append(PARAGRAPH);
            paragraph(essay, STUDENT, 2 + rng.nextInt(2), rng);
            essay.append(ESSAY_DIVIDER);
            int projectPart = essay.length();
            // Each carried term (and, half the time, the featured one again) is written in one of the frame
            // sentences in place of a project sentence: a planted project is no longer than any other.
            int termSentences = carriedCount + (term != null && rng.nextBoolean() ? 1 : 0);
            int sentences = Math.max(termSentences, 2 + rng.nextInt(3));
            int nextCarried = 0;
            int previous = -1;
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    essay.append(' ');
                }
                if (termSentences > 0 && rng.nextInt(sentences - i) < termSentences) {
                    while (nextCarried < carried.length && !carried[nextCarried]) {
                        nextCarried++;
                    }
                    String[] forms = nextCarried < carried.length ? signals.get(nextCarried++).forms : term;
                    pick(FRAMES, rng).fill(essay, rng, forms);
                    termSentences--;
                    previous = -1;
                } else {
                    previous = sentence(essay, PROJECT, previous, rng);
                }
            }
            essay.append(PARAGRAPH);
            paragraph(essay, CLOSING, 2 + rng.nextInt(2), rng);
            Csv.field(projects, essay);
            projects.append(',');
            s.tmp.setLength(0);
            int cut = Math.min(essay.length(), projectPart + 180);
            while (cut < essay.length() && cut > projectPart && essay.charAt(cut) != ' ') {
                cut--;
            }
            s.tmp.append(essay, projectPart, cut).append("...");
            Csv.field(projects, s.tmp);
            projects.append(',');
            s.tmp.setLength(0);
            s.tmp.append("My students need ").append(s.needItem == null ? "classroom supplies" : s.needItem)
                    .append(" to ");
            s.tmp.append(verb(rng)).append(" and ").append(verb(rng)).append('.');
            Csv.field(projects, s.tmp);
            projects.append(',');

            // Subject Category Tree, Subject Subcategory Tree, Grade, Resource Category
            appendSubjects(projects, s, rng);
            projects.append(TrendPlan.GRADES[grade]).append(',');
            String resourceCategory = firstCategory == null || rng.nextInt(4) == 0
                    ? RESOURCE_CATEGORIES[rng.nextInt(RESOURCE_CATEGORIES.length)] : firstCategory;
            Csv.field(projects, resourceCategory);
            projects.append(',');

            // Project Cost
            if (badKind == BadRowKind.BAD_COST) {
                projects.append("N/A");
            } else {
                s.tmp.setLength(0);
                Csv.money(s.tmp, costCents, rng.nextInt(10) == 0);
                Csv.field(projects, s.tmp);
            }
            projects.append(',');

            // Posted, Expiration, Status, Fully Funded dates
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
            projects.append(Csv.RECORD_END);
            if (badKind == null) {
                previousId = id; // a duplicate always repeats a row that is otherwise valid
            }
        }
        return new Chunk(projects.toString().getBytes(StandardCharsets.UTF_8),
                resources.toString().getBytes(StandardCharsets.UTF_8), n, resourceRows, bad, perYear, planted);
    }

    private static void paragraph(StringBuilder out, List<Template> templates, int sentences, SplittableRandom rng) {
        int previous = -1;
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            previous = sentence(out, templates, previous, rng);
        }
    }

    /** Appends one background sentence, never the same shape as {@code previous}; returns its shape. */
    private static int sentence(StringBuilder out, List<Template> templates, int previous, SplittableRandom rng) {
        int t = rng.nextInt(templates.size());
        if (t == previous) {
            t = (t + 1) % templates.size(); // never the same sentence shape twice in a row
        }
        templates.get(t).fill(out, rng);
        return t;
    }

    private static String verb(SplittableRandom rng) {
        String pair = Vocabulary.VERBS.pick(rng);
        return pair.substring(0, pair.indexOf(':'));
    }

    private void appendSubjects(StringBuilder out, Scratch s, SplittableRandom rng) {
        int a = weightedCategory(rng);
        int b = rng.nextInt(10) < 4 ? weightedCategory(rng) : a;
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        s.tmp.setLength(0);
        s.tmp.append(CATEGORIES[first]);
        if (second != first) {
            s.tmp.append(", ").append(CATEGORIES[second]);
        }
        Csv.field(out, s.tmp);
        out.append(',');
        s.tmp.setLength(0);
        String[] subs = SUBCATEGORIES[first];
        s.tmp.append(subs[rng.nextInt(subs.length)]);
        if (second != first) {
            s.tmp.append(", ").append(SUBCATEGORIES[second][rng.nextInt(SUBCATEGORIES[second].length)]);
        } else if (subs.length > 1 && rng.nextInt(10) < 3) {
            String other = subs[rng.nextInt(subs.length)];
            if (!s.tmp.toString().equals(other)) {
                s.tmp.append(", ").append(other);
            }
        }
        Csv.field(out, s.tmp);
        out.append(',');
    }

    private static int weightedCategory(SplittableRandom rng) {
        int u = rng.nextInt(100);
        for (int i = 0; i < CATEGORY_WEIGHT.length; i++) {
            u -= CATEGORY_WEIGHT[i];
            if (u < 0) {
                return i;
            }
        }
        return 0;
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Template pick(List<Template> templates, SplittableRandom rng) {
        return templates.get(rng.nextInt(templates.size()));
    }

    private static void appendTitleCase(StringBuilder out, String text) {
        int from = out.length();
        out.append(text);
        titleCase(out, from);
    }

    private static void titleCase(StringBuilder sb) {
        titleCase(sb, 0);
    }

    private static void titleCase(StringBuilder sb, int from) {
        for (int i = from; i < sb.length(); i++) {
            if (Character.isLetter(sb.charAt(i)) && (i == from || sb.charAt(i - 1) == ' ')) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
    }

    /** Reused per-row buffers. */
    private static final class Scratch {
        final StringBuilder tmp = new StringBuilder(256);
        final StringBuilder essay = new StringBuilder(2048);
        String needItem;

        void reset() {
            tmp.setLength(0);
            essay.setLength(0);
            needItem = null;
        }

        StringBuilder tmp2() {
            tmp.setLength(0);
            return tmp;
        }
    }
}
