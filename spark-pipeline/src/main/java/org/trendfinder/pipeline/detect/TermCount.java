package org.trendfinder.pipeline.detect;

/** A term (display form) and the number of projects it was found in. */
public record TermCount(String term, long projects) {
}
