package org.trendfinder.pipeline.job;

/** The version of the running job, from the jar's manifest (absent when run from classes). */
public final class Versions {
    private Versions() {
    }

    public static String pipeline() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
