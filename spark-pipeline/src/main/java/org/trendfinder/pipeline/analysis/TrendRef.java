package org.trendfinder.pipeline.analysis;

import java.util.Objects;

import org.trendfinder.store.Slug;

/** A trend the analyses plot: its store slug (the key of {@code membership}) and its display term. */
public record TrendRef(String slug, String term) {
    public TrendRef {
        Objects.requireNonNull(term, "term");
        if (!Slug.isValid(slug)) {
            throw new IllegalArgumentException("not a valid slug: '" + slug + "' (term '" + term + "')");
        }
    }

    public static TrendRef of(String term) {
        return new TrendRef(Slug.of(term), term);
    }
}
