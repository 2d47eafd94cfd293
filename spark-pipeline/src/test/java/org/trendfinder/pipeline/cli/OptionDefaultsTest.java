package org.trendfinder.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.Main;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.sample.GenerateSampleCommand;

import picocli.CommandLine;

/** The options' defaults come from the parameter records and the shared mixins, whatever the command. */
class OptionDefaultsTest {

    private static final String[] RUN = {"run", "--input", "in", "--output", "out", "--run-date", "2018-05-01"};

    /** The command line parsed (not run) as {@link Main} would, settings file included. */
    private static <T> T parsed(String command, String... args) {
        CommandLine root = new CommandLine(new Main());
        SettingsFile.fromArgs(args).ifPresent(settings -> settings.applyTo(root, args));
        root.parseArgs(args);
        return root.getSubcommands().get(command).getCommand();
    }

    private static String help(String command) {
        // one line: where picocli wraps depends on the description lengths
        return new CommandLine(new Main()).getSubcommands().get(command).getUsageMessage().replaceAll("\\s+", " ");
    }

    @Test
    void unsetRunOptionsKeepTheModesDefaults() {
        RunCommand run = parsed("run", RUN);
        assertThat(run.detectionParams()).isEqualTo(DetectionParams.defaults());
        assertThat(run.analysis.params()).isEqualTo(AnalysisParams.defaults());

        RunCommand classic = parsed("run", concat(RUN, "--mode", "classic"));
        assertThat(classic.detectionParams()).isEqualTo(DetectionParams.classic());

        RunCommand tuned = parsed("run", concat(RUN, "--top-k", "7", "--recent-days", "30"));
        assertThat(tuned.detectionParams()).isEqualTo(DetectionParams.defaults().toBuilder().topK(7).build());
        assertThat(tuned.analysis.params().recentDays()).isEqualTo(30);
    }

    @Test
    void theSettingsFileStillSetsDefaultsThatFlagsOverride(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("pipeline.properties");
        Files.writeString(settings, "top-k = 10\nrecent-days = 60\nmaster = local[3]\n");
        RunCommand run = parsed("run", concat(RUN, "--config", settings.toString(), "--recent-days", "45"));
        assertThat(run.detectionParams().topK()).isEqualTo(10);
        assertThat(run.analysis.params().recentDays()).isEqualTo(45);
        assertThat(run.spark.master()).isEqualTo("local[3]");
    }

    @Test
    void theHelpShowsTheRecordsDefaults() {
        assertThat(help("run"))
                .contains("(default " + DetectionParams.DEFAULT_TOP_K + ")")
                .contains("(default " + DetectionParams.DEFAULT_MIN_WINDOW_SHARE + "; classic "
                        + DetectionParams.CLASSIC_MIN_WINDOW_SHARE + ")")
                .contains("(default " + AnalysisParams.DEFAULT_RECENT_DAYS + ")")
                .contains("(default: auto)");
        assertThat(help("demo")).contains("(default: local[*])").contains("(default: 40000)");
        assertThat(help("benchmark")).contains("(default: local[2])").contains("(default: 1100000)");
        assertThat(help("generate-sample")).contains("(default: 100000)");
    }

    @Test
    void masterProjectsAndSeedComeFromOneMixinEach() {
        assertThat(((RunCommand) parsed("run", RUN)).spark.master()).isNull(); // auto: spark-submit's, else local
        assertThat(((RunCommand) parsed("run", concat(RUN, "--master", "local[3]"))).spark.master())
                .isEqualTo("local[3]");
        assertThat(((IngestCommand) parsed("ingest", "ingest", "--input", "i", "--output", "o")).spark.master())
                .isNull();
        DemoCommand demo = parsed("demo", "demo");
        assertThat(demo.master.url()).isEqualTo("local[*]");
        assertThat(demo.generated.projects()).isEqualTo(40_000);
        assertThat(demo.generated.seed()).isEqualTo(42);
        BenchmarkCommand benchmark = parsed("benchmark", "benchmark", "--seed", "9");
        assertThat(benchmark.master.url()).isEqualTo("local[2]");
        assertThat(benchmark.generated.projects()).isEqualTo(1_100_000);
        assertThat(benchmark.generated.seed()).isEqualTo(9);
        GenerateSampleCommand generate = parsed("generate-sample", "generate-sample", "--output", "x");
        assertThat(generate.generated().projects()).isEqualTo(100_000);
        assertThat(generate.generated().seed()).isEqualTo(1);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
