package org.trendfinder.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A trend's folder name: the trend lower-cased, every run of non-alphanumerics turned into one {@code -},
 * no leading or trailing dash (e.g. "Flexible Seating" becomes {@code flexible-seating}).
 */
public final class Slug {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Long enough for any 3-word phrase, short enough for every file system and S3 key limit. */
    public static final int MAX_LENGTH = 120;

    private Slug() {
    }

    /** The slug of a trend term; accents are folded ("café" becomes {@code cafe}). */
    public static String of(String term) {
        String folded = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("term has no letters or digits to make a slug from: '" + term + "'");
        }
        return slug;
    }

    /** True when {@code candidate} is a well-formed slug: safe as one path segment of the store. */
    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
