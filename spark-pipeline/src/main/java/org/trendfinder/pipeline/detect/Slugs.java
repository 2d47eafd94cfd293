package org.trendfinder.pipeline.detect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.trendfinder.store.Slug;

/**
 * Hands out slugs unique within one run: a second term with the same slug gets "-2", then "-3", ...
 * A term with no Latin letter or digit (e.g. a Korean word) has no {@link Slug#of} slug; it gets
 * {@code term-<hex hash of the term>} so one such term cannot stop a run.
 */
final class Slugs {

    private final Set<String> used = new HashSet<>();

    String of(String term) {
        String base;
        try {
            base = Slug.of(term);
        } catch (IllegalArgumentException noLatinLetters) {
            base = "term-" + Integer.toHexString(term.hashCode()).toLowerCase(Locale.ROOT);
        }
        String slug = base;
        for (int i = 2; !used.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
