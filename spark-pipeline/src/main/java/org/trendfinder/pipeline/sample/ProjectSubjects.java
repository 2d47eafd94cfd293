package org.trendfinder.pipeline.sample;

import java.util.SplittableRandom;

/**
 * Composes a project's Project Subject Category Tree and Project Subject Subcategory Tree columns: one or two
 * categories (weighted as on DonorsChoose), each with a subcategory, or a second subcategory of the one category.
 */
final class ProjectSubjects {

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

    private final StringBuilder tmp = new StringBuilder(128);

    /** Appends both columns, each followed by a comma. */
    void append(StringBuilder out, SplittableRandom rng) {
        int a = weightedCategory(rng);
        int b = rng.nextInt(10) < 4 ? weightedCategory(rng) : a;
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        tmp.setLength(0);
        tmp.append(CATEGORIES[first]);
        if (second != first) {
            tmp.append(", ").append(CATEGORIES[second]);
        }
        Csv.field(out, tmp);
        out.append(',');
        tmp.setLength(0);
        String[] subs = SUBCATEGORIES[first];
        tmp.append(subs[rng.nextInt(subs.length)]);
        if (second != first) {
            tmp.append(", ").append(SUBCATEGORIES[second][rng.nextInt(SUBCATEGORIES[second].length)]);
        } else if (subs.length > 1 && rng.nextInt(10) < 3) {
            String other = subs[rng.nextInt(subs.length)];
            if (!tmp.toString().equals(other)) {
                tmp.append(", ").append(other);
            }
        }
        Csv.field(out, tmp);
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
}
