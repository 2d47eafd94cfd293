package org.trendfinder.pipeline.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The schools and teachers projects are posted by. Teachers belong to one school and join the platform on their
 * first posted date (a quarter joined before the history starts); a few are prolific. Teachers are kept sorted by
 * that date, so the teachers active on a day are a prefix of the list.
 */
final class Population {

    enum Level { ELEMENTARY, MIDDLE, HIGH, K8 }

    record School(String id, String name, String metroType, int freeLunch, Geography.County county, String city,
                  String zip, String district, Level level) {
    }

    record Teacher(String id, String prefix, int firstDay, int schoolIndex, double activity) {
    }

    private static final String[] NAME_ROOTS = {
            "Lincoln", "Washington", "Jefferson", "Roosevelt", "King", "Franklin", "Kennedy", "Madison", "Jackson",
            "Adams", "Garfield", "Hamilton", "Wilson", "Grant", "Parks", "Douglass", "Tubman", "Chavez", "Clemente",
            "Sequoyah", "Oak Grove", "Maple", "Riverside", "Hillside", "Lakeview", "Sunset", "Meadowbrook",
            "Pine Ridge", "Cedar", "Willow Creek", "Highland", "Valley View", "Eastside", "Westside", "Northside",
            "Central", "Park", "Fairview", "Brookside", "Greenwood", "Harbor", "Mountain View", "Prairie",
            "Stonewall", "Edison", "Carver", "Bethune", "Marshall", "Hughes", "Emerson", "Whitman", "Dunbar",
            "Ps 123", "Ps 41", "Is 318", "Ms 88", "Hs 455"};

    private static final String[] PREFIXES = {"Mrs.", "Ms.", "Mr.", "Teacher", "Dr.", "Mx.", ""};
    private static final int[] PREFIX_PER_MILLE = {450, 370, 148, 20, 5, 2, 5};

    private final List<School> schools;
    private final List<Teacher> teachers;     // sorted by firstDay
    private final int[] activeBy;             // activeBy[d] = teachers with firstDay <= d, d in history
    private final LocalDate start;

    private Population(List<School> schools, List<Teacher> teachers, int[] activeBy, LocalDate start) {
        this.schools = schools;
        this.teachers = teachers;
        this.activeBy = activeBy;
        this.start = start;
    }

    static Population generate(SplittableRandom rng, VolumeModel volume) {
        long projects = volume.projects();
        int schoolCount = (int) Math.max(40, projects / 16);
        int teacherCount = (int) Math.max(120, projects * 37 / 100);
        List<Geography.County> counties = Geography.counties();
        double[] countyCum = new double[counties.size()];
        double sum = 0;
        for (int i = 0; i < counties.size(); i++) {
            sum += counties.get(i).weight();
            countyCum[i] = sum;
        }
        List<School> schools = new ArrayList<>(schoolCount);
        for (int s = 0; s < schoolCount; s++) {
            double u = rng.nextDouble() * sum;
            int ci = 0;
            while (countyCum[ci] < u) {
                ci++;
            }
            schools.add(school(rng, counties.get(ci)));
        }

        int days = volume.days();
        List<Teacher> teachers = new ArrayList<>(teacherCount);
        for (int t = 0; t < teacherCount; t++) {
            // Joining follows platform volume; a quarter joined in the five years before the history.
            int firstDay = rng.nextInt(4) == 0
                    ? -1 - rng.nextInt(5 * 365)
                    : volume.dayOf(rng.nextLong(projects));
            double activity = switch (rng.nextInt(10)) {
                case 0 -> 1.0;          // prolific
                case 1, 2, 3 -> 0.4;
                default -> 0.15;
            };
            teachers.add(new Teacher(hexId(rng), prefix(rng), firstDay, rng.nextInt(schoolCount), activity));
        }
        teachers.sort(Comparator.comparingInt(Teacher::firstDay));
        int[] activeBy = new int[days];
        int k = 0;
        for (int d = 0; d < days; d++) {
            while (k < teachers.size() && teachers.get(k).firstDay() <= d) {
                k++;
            }
            activeBy[d] = Math.max(1, k);
        }
        return new Population(List.copyOf(schools), List.copyOf(teachers), activeBy, volume.start());
    }

    private static School school(SplittableRandom rng, Geography.County county) {
        String metro = metroType(rng, county.bigMetro());
        int freeLunch = rng.nextInt(100) == 0 ? -1 : freeLunch(rng, metro);
        String city = county.cities().get(rng.nextInt(county.cities().size()));
        Level level = switch (rng.nextInt(10)) {
            case 0, 1, 2, 3, 4, 5 -> Level.ELEMENTARY;
            case 6, 7 -> Level.MIDDLE;
            case 8 -> Level.HIGH;
            default -> Level.K8;
        };
        String root = NAME_ROOTS[rng.nextInt(NAME_ROOTS.length)];
        String kind = switch (level) {
            case ELEMENTARY -> rng.nextInt(4) == 0 ? "Primary School" : "Elementary School";
            case MIDDLE -> rng.nextInt(3) == 0 ? "Junior High School" : "Middle School";
            case HIGH -> rng.nextInt(4) == 0 ? "Academy" : "High School";
            case K8 -> rng.nextInt(2) == 0 ? "Charter School" : "K-8 School";
        };
        String zip = String.format("%03d%02d", county.zip3(), rng.nextInt(100));
        String district = switch (rng.nextInt(3)) {
            case 0 -> county.county() + " County School District";
            case 1 -> city + " Unified School District";
            default -> city + " Public Schools";
        };
        return new School(hexId(rng), root + " " + kind, metro, freeLunch, county, city, zip, district, level);
    }

    private static String metroType(SplittableRandom rng, boolean bigMetro) {
        int u = rng.nextInt(100);
        if (bigMetro) {
            return u < 72 ? "urban" : u < 94 ? "suburban" : u < 97 ? "town" : "unknown";
        }
        return u < 18 ? "urban" : u < 50 ? "suburban" : u < 75 ? "rural" : u < 90 ? "town" : "unknown";
    }

    private static int freeLunch(SplittableRandom rng, String metro) {
        double mean = switch (metro) {
            case "urban" -> 72;
            case "rural", "town" -> 55;
            case "suburban" -> 40;
            default -> 50;
        };
        double v = mean + (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5) * 45;
        return (int) Math.max(0, Math.min(100, Math.round(v)));
    }

    private static String prefix(SplittableRandom rng) {
        int u = rng.nextInt(1000);
        for (int i = 0; i < PREFIXES.length; i++) {
            u -= PREFIX_PER_MILLE[i];
            if (u < 0) {
                return PREFIXES[i];
            }
        }
        return PREFIXES[0];
    }

    static String hexId(SplittableRandom rng) {
        return hex32(rng.nextLong(), rng.nextLong());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex32(long hi, long lo) {
        char[] c = new char[32];
        for (int i = 0; i < 16; i++) {
            c[i] = HEX[(int) ((hi >>> (60 - 4 * i)) & 15)];
            c[16 + i] = HEX[(int) ((lo >>> (60 - 4 * i)) & 15)];
        }
        return new String(c);
    }

    /**
     * A teacher posting on day {@code day}: a third of the time one who joined in the last 30 days (their first
     * projects), otherwise an active teacher, prolific ones more often.
     */
    int pickTeacher(SplittableRandom rng, int day) {
        int active = activeBy[day];
        int recentFrom = day >= 30 ? activeBy[day - 30] : 0;
        if (active > recentFrom && rng.nextInt(3) == 0) {
            return recentFrom + rng.nextInt(active - recentFrom);
        }
        int pick = rng.nextInt(active);
        for (int attempt = 0; attempt < 8 && rng.nextDouble() >= teachers.get(pick).activity(); attempt++) {
            pick = rng.nextInt(active);
        }
        return pick;
    }

    /** The teacher's project sequence number on {@code day}: grows with their activity since joining. */
    int sequence(int teacherIndex, int day) {
        Teacher t = teachers.get(teacherIndex);
        return 1 + (int) ((day - t.firstDay()) * t.activity() * 0.012);
    }

    List<School> schools() {
        return schools;
    }

    List<Teacher> teachers() {
        return teachers;
    }

    School schoolOf(int teacherIndex) {
        return schools.get(teachers.get(teacherIndex).schoolIndex());
    }

    LocalDate firstPostedDate(Teacher t) {
        return start.plusDays(t.firstDay());
    }

    static int[] gradeWeights(Level level) {
        // PreK-2, 3-5, 6-8, 9-12
        return switch (level) {
            case ELEMENTARY -> new int[]{55, 43, 2, 0};
            case MIDDLE -> new int[]{0, 5, 90, 5};
            case HIGH -> new int[]{0, 0, 5, 95};
            case K8 -> new int[]{35, 30, 30, 5};
        };
    }
}
