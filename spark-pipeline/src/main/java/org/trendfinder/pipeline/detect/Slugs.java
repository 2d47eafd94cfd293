package org.trendfinder.pipeline.detect;

import java.util.HashSet;
import java.util.Set;

import org.trendfinder.store.Slug;

/** Hands out slugs unique within one run: a second term with the same slug gets "-2", then "-3", ... */
final class Slugs {

    private final Set<String> used = new HashSet<>();

    String of(String term) {
        String base = Slug.of(term);
        String slug = base;
        for (int i = 2; !used.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
