package org.trendfinder.pipeline.sample;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code generate-sample}: writes a synthetic DonorsChoose history with planted trends and its truth.json. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = "Writes Projects.csv, Resources.csv, Schools.csv, Teachers.csv (2018 DonorsChoose schema) "
                + "with planted trends, decoys and bad rows, plus truth.json describing them.")
public final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, description = "Output directory (created if missing).")
    Path output;

    @Mixin
    SampleOptions generated = new SampleOptions(100_000, 1);

    @Option(names = "--end-date", defaultValue = "2018-05-01", description = "Last posted date, yyyy-MM-dd (default ${DEFAULT-VALUE}).")
    LocalDate endDate;

    @Option(names = "--years", defaultValue = "5", description = "Years of history before the end date (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--threads", defaultValue = "0", description = "Generator threads; 0 = one per processor.")
    int threads;

    /** The sample's size and seed, as parsed. */
    public SampleOptions generated() {
        return generated;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SampleSpec sample;
        try {
            sample = new SampleSpec(generated.projects(), generated.seed(), endDate, years);
        } catch (IllegalArgumentException e) {
            err.println("generate-sample: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("generate-sample: --output " + output + " is not a directory");
            return CommandLine.ExitCode.USAGE;
        }
        long started = System.nanoTime();
        Truth truth;
        try {
            truth = SampleGenerator.generate(sample, output,
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        } catch (IOException | UncheckedIOException e) {
            err.println("generate-sample: cannot write " + output + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = 0;
        for (String f : new String[]{SampleGenerator.PROJECTS_FILE, SampleGenerator.RESOURCES_FILE,
                SampleGenerator.SCHOOLS_FILE, SampleGenerator.TEACHERS_FILE}) {
            Path p = output.resolve(f);
            long size = Files.size(p);
            bytes += size;
            out.printf("wrote %s (%,d bytes)%n", p, size);
        }
        out.printf("wrote %s%n", output.resolve(Truth.FILE_NAME));
        out.printf("%,d project rows (%,d valid), %,d resource rows, %,d schools, %,d teachers, %s to %s%n",
                truth.projectRows(), truth.validProjects(), truth.resourceRows(), truth.schools(), truth.teachers(),
                truth.startDate(), truth.endDate());
        for (Map.Entry<BadRowKind, Long> e : truth.badRows().entrySet()) {
            out.printf("bad rows %s: %,d%n", e.getKey(), e.getValue());
        }
        for (PlantedTerm t : truth.terms()) {
            out.printf("planted %-20s %-24s %s..%s in %,d projects%n", t.shape(), '"' + t.term() + '"', t.start(),
                    t.end(), t.plantedProjects());
        }
        out.printf("%.1f s, %.1f MB/s%n", seconds, bytes / 1e6 / seconds);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateSampleCommand()).execute(args));
    }
}
