package org.trendfinder.pipeline.cli;

import picocli.CommandLine.Option;

/**
 * {@code --master} (a picocli mixin of every Spark command). Each command picks its own default by constructing
 * the mixin; the help shows it.
 */
public final class MasterOption {

    /** Leaves the master to spark-submit, else all local cores: the default where spark-submit may start us. */
    public static final String AUTO = "auto";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4] or spark://host:7077; " + AUTO + ": the one spark-submit set, "
                    + "else all local cores (default: ${DEFAULT-VALUE}).")
    String master;

    public MasterOption(String defaultMaster) {
        this.master = defaultMaster;
    }

    /** The master to set, or null to leave it to spark-submit (else all local cores). */
    public String url() {
        return AUTO.equals(master) ? null : master;
    }
}
