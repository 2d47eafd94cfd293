package org.trendfinder.pipeline.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The planted terms of one sample: which words (drawn from the pool with the seed), their shapes over time and
 * skews, and the probability that a given project carries each of them.
 */
final class TrendPlan {
    static final String[] GRADES = {"Grades PreK-2", "Grades 3-5", "Grades 6-8", "Grades 9-12"};
    static final int RECENT_DAYS = 14;

    private static final double GEO_IN = 8.0;
    private static final double GEO_OUT = 0.5;
    /** A county skew's multiplier in the rest of its state: a local hotspot within a state-wide uptake. */
    private static final double GEO_REST_OF_STATE = 3.0;
    /** Smallest share of all projects a skew's state holds: a skew is planted where there are projects to show it. */
    private static final double MIN_STATE_SHARE = 0.015;
    private static final double DEMO_IN = 3.0;
    private static final double DEMO_OUT = 0.4;

    /** One planted term with its per-day base share and its skews, resolved for fast lookup. */
    static final class Signal {
        final PlantedTerm truth;
        final String[] forms;
        final double[] share;          // base share per day offset
        final String geoState;
        final String geoCounty;        // null for a whole-state skew
        final String demoDimension;
        final String demoValue;
        final int minFreeLunch;
        final int maxFreeLunch;
        final long[] teacherProjects;  // sorted project indices, SINGLE_TEACHER_DECOY only
        final int teacherIndex;
        /** Mean skew multiplier over the projects: dividing by it keeps the base share the overall share. */
        double meanMultiplier = 1.0;

        Signal(PlantedTerm truth, String[] forms, double[] share, long[] teacherProjects, int teacherIndex) {
            this.truth = truth;
            this.forms = forms;
            this.share = share;
            this.geoState = truth.geography().state();
            this.geoCounty = truth.geography().county();
            this.demoDimension = truth.demographic().dimension();
            this.demoValue = truth.demographic().value();
            this.minFreeLunch = truth.demographic().minFreeLunch() == null ? 0 : truth.demographic().minFreeLunch();
            this.maxFreeLunch = truth.demographic().maxFreeLunch() == null ? 0 : truth.demographic().maxFreeLunch();
            this.teacherProjects = teacherProjects;
            this.teacherIndex = teacherIndex;
        }

        boolean ownsProject(long index) {
            return teacherProjects != null && Arrays.binarySearch(teacherProjects, index) >= 0;
        }

        double probability(int day, Population.School school, int grade) {
            double p = share[day];
            if (p == 0) {
                return 0;
            }
            return Math.min(0.9, p * multiplier(school, grade) / meanMultiplier);
        }

        /** How much more (or less) often than the base share a project of this school and grade carries the term. */
        double multiplier(Population.School school, int grade) {
            double m;
            if (!school.county().state().equals(geoState)) {
                m = GEO_OUT;
            } else {
                m = geoCounty == null || school.county().county().equals(geoCounty) ? GEO_IN : GEO_REST_OF_STATE;
            }
            boolean inDemo = switch (demoDimension) {
                case "METRO_TYPE" -> school.metroType().equals(demoValue);
                case "GRADE_LEVEL" -> GRADES[grade].equals(demoValue);
                default -> school.freeLunch() >= minFreeLunch && school.freeLunch() < maxFreeLunch;
            };
            return m * (inDemo ? DEMO_IN : DEMO_OUT);
        }

        /**
         * Sets {@link #meanMultiplier} to the multiplier's mean over the teachers (weighted by how often they post)
         * and their schools' grades, so that the planted base share is the term's share of all projects whatever
         * the skew's target: a skew redistributes a trend, it does not make it weaker or stronger.
         */
        void normalize(Population population) {
            double sum = 0;
            double weights = 0;
            for (Population.Teacher t : population.teachers()) {
                Population.School school = population.schools().get(t.schoolIndex());
                int[] gradeWeights = Population.gradeWeights(school.level());
                for (int g = 0; g < gradeWeights.length; g++) {
                    double w = t.activity() * gradeWeights[g];
                    sum += w * multiplier(school, g);
                    weights += w;
                }
            }
            meanMultiplier = weights > 0 ? sum / weights : 1.0;
        }
    }

    private final List<Signal> signals;

    private TrendPlan(List<Signal> signals) {
        this.signals = signals;
    }

    List<Signal> signals() {
        return signals;
    }

    static TrendPlan plan(SplittableRandom rng, SampleSpec spec, VolumeModel volume, Population population) {
        TermPool pool = new TermPool(rng);
        int last = volume.days() - 1;
        LocalDate start = volume.start();
        List<Signal> signals = new ArrayList<>();
        record Slot(TrendShape shape, int words) {
        }
        List<Slot> slots = List.of(
                new Slot(TrendShape.SUDDEN, 1), new Slot(TrendShape.SUDDEN, 2), new Slot(TrendShape.SUDDEN, 3),
                new Slot(TrendShape.GRADUAL, 1), new Slot(TrendShape.GRADUAL, 2),
                new Slot(TrendShape.ENDED_SPIKE, 1),
                new Slot(TrendShape.SEASONAL_DECOY, 1), new Slot(TrendShape.SEASONAL_DECOY, 2),
                new Slot(TrendShape.SINGLE_TEACHER_DECOY, 2),
                new Slot(TrendShape.SLOW_GROWER, 1), new Slot(TrendShape.SLOW_GROWER, 2),
                new Slot(TrendShape.BACK_TO_SCHOOL_BURST, 1));
        List<String> productLines = new ArrayList<>(ResourceCatalog.PRODUCT_LINES);
        for (Slot slot : slots) {
            String[] forms = pool.take(slot.words());
            double[] share = new double[volume.days()];
            int from;
            int to;
            int peakFrom;
            int peakTo = last;
            double peak;
            long[] teacherProjects = null;
            int teacherIndex = -1;
            Integer liveFrom = null;
            Integer liveTo = null;
            switch (slot.shape()) {
                case SUDDEN -> {
                    from = Math.max(0, last - 21 - rng.nextInt(15));
                    peakFrom = last - RECENT_DAYS + 1;
                    to = last;
                    peak = 0.05 + rng.nextDouble() * 0.03;
                    for (int d = from; d <= last; d++) {
                        share[d] = d >= peakFrom ? peak : peak * (d - from + 1) / (peakFrom - from + 1);
                    }
                    liveFrom = peakFrom;
                    liveTo = last;
                }
                case GRADUAL -> {
                    // Six to nine months of accelerating growth (cubic): the last two weeks stand clearly above
                    // the half year before them, as a theme that is catching on does, while no single month jumps.
                    from = Math.max(0, last - 180 - rng.nextInt(90));
                    peakFrom = last - RECENT_DAYS + 1;
                    to = last;
                    peak = 0.06 + rng.nextDouble() * 0.02;
                    for (int d = from; d <= last; d++) {
                        double x = (d - from + 1) / (double) (last - from + 1);
                        share[d] = peak * x * x * x;
                        if (liveFrom == null && share[d] >= peak / 2) {
                            liveFrom = d;
                        }
                    }
                    liveTo = last;
                }
                case SLOW_GROWER -> {
                    // 18 to 30 months of steady growth from a small share: a classroom practice spreading from
                    // school to school. The last half year rises with it, so only a year-over-year view sees it.
                    from = Math.max(0, last - 548 - rng.nextInt(366));
                    peakFrom = last - RECENT_DAYS + 1;
                    to = last;
                    peak = 0.02 + rng.nextDouble() * 0.015;
                    double initial = 0.001 + rng.nextDouble() * 0.002;
                    for (int d = from; d <= last; d++) {
                        share[d] = initial + (peak - initial) * (d - from) / (double) (last - from);
                        if (liveFrom == null && share[d] >= peak / 2) {
                            liveFrom = d;
                        }
                    }
                    liveTo = last;
                }
                case BACK_TO_SCHOOL_BURST -> {
                    // Starts in the late-August weeks of the latest school year that began at least five months
                    // before the end date, when the whole platform's volume and vocabulary swing too.
                    LocalDate anchor = start.plusDays(last).minusDays(150);
                    LocalDate august = LocalDate.of(anchor.getYear(), 8, 18);
                    if (august.isAfter(anchor)) {
                        august = august.minusYears(1);
                    }
                    from = Math.max(0, (int) (august.toEpochDay() - start.toEpochDay()) + rng.nextInt(21));
                    peakFrom = Math.min(last, from + 13);
                    to = last;
                    peak = 0.03 + rng.nextDouble() * 0.02;
                    for (int d = from; d <= last; d++) {
                        share[d] = d >= peakFrom ? peak : peak * (d - from + 1) / (peakFrom - from + 1);
                    }
                    liveFrom = peakFrom;
                    liveTo = last;
                }
                case ENDED_SPIKE -> {
                    from = Math.max(0, last - 200 - rng.nextInt(60));
                    peakFrom = from + 14;
                    peakTo = peakFrom + 20;
                    to = peakTo + 14;
                    peak = 0.05 + rng.nextDouble() * 0.02;
                    for (int d = from; d <= to; d++) {
                        share[d] = d < peakFrom ? peak * (d - from + 1) / 15.0
                                : d <= peakTo ? peak : peak * (to - d + 1) / 15.0;
                    }
                    liveFrom = peakFrom;
                    liveTo = peakTo;
                }
                case SEASONAL_DECOY -> {
                    peak = 0.04 + rng.nextDouble() * 0.02;
                    int firstWindow = -1;
                    for (int d = 0; d <= last; d++) {
                        boolean in = inSeason(start.plusDays(d), spec.endDate());
                        share[d] = in ? peak : 0.001;
                        if (in && firstWindow < 0) {
                            firstWindow = d;
                        }
                    }
                    from = Math.max(0, firstWindow);
                    to = last;
                    peakFrom = last - SEASON_BEFORE;
                }
                default -> { // SINGLE_TEACHER_DECOY
                    long recentFirst = volume.firstIndexOn(last - RECENT_DAYS + 1);
                    long recentCount = volume.projects() - recentFirst;
                    int k = (int) Math.min(recentCount / 2, Math.max(12, Math.min(60, recentCount / 12)));
                    Set<Long> chosen = new HashSet<>();
                    while (chosen.size() < k) {
                        chosen.add(recentFirst + rng.nextLong(recentCount));
                    }
                    teacherProjects = chosen.stream().mapToLong(Long::longValue).sorted().toArray();
                    teacherIndex = veteranTeacher(rng, population, last - 60);
                    // A history too small to have recent projects plants nothing for this decoy.
                    from = k == 0 ? last - RECENT_DAYS + 1 : volume.dayOf(teacherProjects[0]);
                    peakFrom = from;
                    to = last;
                    peak = recentCount == 0 ? 0 : k / (double) recentCount;
                }
            }
            PlantedTerm.GeoSkew geo = geoSkew(rng);
            PlantedTerm.DemographicSkew demo = demographicSkew(rng);
            String teacherId = teacherIndex >= 0 ? population.teachers().get(teacherIndex).id() : null;
            if (teacherIndex >= 0) {
                // The decoy's projects all come from one school: its geography is that school's.
                Population.School s = population.schoolOf(teacherIndex);
                geo = new PlantedTerm.GeoSkew(s.county().state(), s.county().stateCode(), s.county().county(), 1, 1);
            }
            PlantedTerm truth = new PlantedTerm(forms[0], List.of(forms), slot.words(), slot.shape(),
                    slot.shape().reportedAtEnd(), iso(start, from), iso(start, to), iso(start, peakFrom),
                    iso(start, peakTo), round4(peak), geo, demo, teacherId,
                    liveFrom == null ? null : iso(start, liveFrom), liveTo == null ? null : iso(start, liveTo),
                    productLines.remove(rng.nextInt(productLines.size())), 0);
            Signal signal = new Signal(truth, forms, share, teacherProjects, teacherIndex);
            signal.normalize(population);
            signals.add(signal);
        }
        return new TrendPlan(List.copyOf(signals));
    }

    static final int SEASON_BEFORE = 24;
    static final int SEASON_AFTER = 10;

    /** True in the weeks around the end date's day of the year, in every year. */
    static boolean inSeason(LocalDate day, LocalDate end) {
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            LocalDate anchor = end.withYear(y); // Feb 29 clamps to Feb 28
            long diff = day.toEpochDay() - anchor.toEpochDay();
            if (diff >= -SEASON_BEFORE && diff <= SEASON_AFTER) {
                return true;
            }
        }
        return false;
    }

    private static int veteranTeacher(SplittableRandom rng, Population population, int joinedBefore) {
        List<Population.Teacher> teachers = population.teachers();
        int candidates = 0;
        while (candidates < teachers.size() && teachers.get(candidates).firstDay() <= joinedBefore) {
            candidates++;
        }
        return rng.nextInt(Math.max(1, candidates));
    }

    private static PlantedTerm.GeoSkew geoSkew(SplittableRandom rng) {
        List<Geography.County> counties = Geography.counties();
        java.util.Map<String, Double> stateWeights = new java.util.HashMap<>();
        double all = 0;
        for (Geography.County c : counties) {
            stateWeights.merge(c.state(), c.weight(), Double::sum);
            all += c.weight();
        }
        boolean metro = rng.nextBoolean();
        double total = 0;
        for (Geography.County c : counties) {
            total += eligible(c, metro, stateWeights, all) ? c.weight() : 0;
        }
        double u = rng.nextDouble() * total;
        Geography.County pick = counties.get(counties.size() - 1);
        for (Geography.County c : counties) {
            u -= eligible(c, metro, stateWeights, all) ? c.weight() : 0;
            if (u < 0) {
                pick = c;
                break;
            }
        }
        return new PlantedTerm.GeoSkew(pick.state(), pick.stateCode(), metro ? pick.county() : null, GEO_IN, GEO_OUT);
    }

    private static boolean eligible(Geography.County c, boolean metro, java.util.Map<String, Double> stateWeights,
            double all) {
        return (!metro || c.bigMetro()) && stateWeights.get(c.state()) >= MIN_STATE_SHARE * all;
    }

    private static PlantedTerm.DemographicSkew demographicSkew(SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> new PlantedTerm.DemographicSkew("METRO_TYPE",
                    List.of("urban", "suburban", "rural", "town").get(rng.nextInt(4)), null, null, DEMO_IN, DEMO_OUT);
            case 1 -> new PlantedTerm.DemographicSkew("GRADE_LEVEL", GRADES[rng.nextInt(GRADES.length)], null, null,
                    DEMO_IN, DEMO_OUT);
            default -> switch (rng.nextInt(3)) {
                case 0 -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "highest poverty", 65, 101, DEMO_IN, DEMO_OUT);
                case 1 -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "high poverty", 40, 65, DEMO_IN, DEMO_OUT);
                default -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "moderate poverty", 10, 40, DEMO_IN, DEMO_OUT);
            };
        };
    }

    private static String iso(LocalDate start, int day) {
        return start.plusDays(day).toString();
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Draws planted terms from the pool without reusing a word; only words the background never writes. */
    private static final class TermPool {
        private final SplittableRandom rng;
        private final List<String[]> singles = new ArrayList<>();
        private final List<String> modifiers = new ArrayList<>();
        private final List<String[]> heads = new ArrayList<>();
        private final List<String> middles = new ArrayList<>();

        TermPool(SplittableRandom rng) {
            this.rng = rng;
            Set<String> background = Vocabulary.backgroundWords();
            for (String pair : Vocabulary.SINGLE_WORDS) {
                String[] f = pair.split(":");
                if (!background.contains(f[0]) && !background.contains(f[1])) {
                    singles.add(f);
                }
            }
            Vocabulary.MODIFIERS.stream().filter(m -> !background.contains(m)).forEach(modifiers::add);
            Vocabulary.MIDDLES.stream().filter(m -> !background.contains(m)).forEach(middles::add);
            Vocabulary.HEADS.forEach(h -> heads.add(h.split(":")));
        }

        String[] take(int words) {
            if (words == 1) {
                return singles.remove(rng.nextInt(singles.size()));
            }
            String mod = modifiers.remove(rng.nextInt(modifiers.size()));
            String[] head = heads.remove(rng.nextInt(heads.size()));
            String lead = words == 3 ? mod + " " + middles.remove(rng.nextInt(middles.size())) : mod;
            return new String[]{lead + " " + head[0], lead + " " + head[1]};
        }
    }
}
