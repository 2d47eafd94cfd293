package org.trendfinder.pipeline;

import java.io.PrintWriter;

import org.trendfinder.pipeline.cli.BenchmarkCommand;
import org.trendfinder.pipeline.cli.CliErrors;
import org.trendfinder.pipeline.cli.DemoCommand;
import org.trendfinder.pipeline.cli.IngestCommand;
import org.trendfinder.pipeline.cli.RunCommand;
import org.trendfinder.pipeline.cli.SettingsFile;
import org.trendfinder.pipeline.job.Versions;
import org.trendfinder.pipeline.sample.GenerateSampleCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trendfinder} command line: {@code ingest}, {@code run}, {@code generate-sample}, {@code demo}, {@code benchmark}. */
@Command(name = "trendfinder", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds the words and phrases trending in DonorsChoose.org project requests.",
        subcommands = {IngestCommand.class, RunCommand.class, GenerateSampleCommand.class, DemoCommand.class,
                BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLocalLogging();
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failed, 2 bad usage). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.err, true), args);
    }

    /** As {@link #execute(String...)}, with errors written to {@code err}. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(err);
        cli.setExecutionExceptionHandler(CliErrors::report);
        try {
            SettingsFile.fromArgs(args).ifPresent(settings -> settings.applyTo(cli, args));
        } catch (IllegalArgumentException e) {
            cli.getErr().println("error: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Run from the local jar (no spark-submit, which sets spark.master), Spark would log INFO to the console;
     * use our quieter configuration unless the operator chose one. Must run before any logger exists.
     */
    private static void quietLocalLogging() {
        if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:trendfinder-local-log4j2.properties");
        }
    }

    /** Reports the jar's version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"trendfinder " + Versions.pipeline()};
        }
    }
}
