package org.trendfinder.pipeline.sample;

import picocli.CommandLine.Option;

/**
 * {@code --projects} and {@code --seed} of a generated sample (a picocli mixin of every command that generates
 * one). Each command picks its own defaults by constructing the mixin; the help shows them.
 */
public final class SampleOptions {

    @Option(names = "--projects", paramLabel = "N", description = "Project rows to generate (default: ${DEFAULT-VALUE}).")
    long projects;

    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed; it also picks the planted words (default: ${DEFAULT-VALUE}).")
    long seed;

    public SampleOptions(long defaultProjects, long defaultSeed) {
        this.projects = defaultProjects;
        this.seed = defaultSeed;
    }

    public long projects() {
        return projects;
    }

    public long seed() {
        return seed;
    }
}
