package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.emr.Scripts.flagValue;
import static org.trendfinder.emr.Scripts.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bin/create-cluster.sh and bin/add-step.sh, through their dry runs. */
class EmrClusterScriptsTest {

    private static final String JAR = "s3://tf-test-bucket/deploy/trendfinder-pipeline.jar";
    private static final String INPUT = "s3a://tf-test-bucket/in/projects";
    private static final String STORE = "s3a://tf-test-bucket/trend-store";

    @Test
    void createClusterRunsThePipelineAsTheOnlyStepOfATransientCluster() {
        Scripts.DryRun dryRun = Scripts.run("bin/create-cluster.sh", "--dry-run", "--run-date", "2026-03-14").dryRun();

        List<String> command = dryRun.onlyCommand();
        assertThat(command.subList(0, 5)).containsExactly("aws", "--region", "eu-west-1", "emr", "create-cluster");
        assertThat(command).contains("--auto-terminate");
        assertThat(flagValue(command, "--applications")).isEqualTo("Name=Spark");
        assertThat(flagValue(command, "--release-label")).isEqualTo("emr-7.12.0");
        assertThat(flagValue(command, "--log-uri")).isEqualTo("s3://tf-test-bucket/emr-logs/emr/");
        assertThat(flagValue(command, "--service-role")).isEqualTo("TestServiceRole");
        assertThat(flagValue(command, "--name")).isEqualTo("trendfinder-2026-03-14");
        assertThat(flagValue(command, "--configurations"))
                .isEqualTo("file://" + Scripts.REPO.resolve("conf/spark-defaults-emr.json"));
        for (String fileFlag : List.of("--steps", "--instance-groups", "--bootstrap-actions", "--ec2-attributes")) {
            assertThat(flagValue(command, fileFlag)).startsWith("file:///").endsWith(".json");
        }

        JsonNode step = dryRun.file("steps.json").get(0);
        assertThat(step.get("ActionOnFailure").asText()).isEqualTo("TERMINATE_CLUSTER");
        assertSparkSubmitStep(step, "2026-03-14");

        JsonNode groups = dryRun.file("instance-groups.json");
        assertThat(groups.get(0).get("InstanceGroupType").asText()).isEqualTo("MASTER");
        assertThat(groups.get(1).get("InstanceGroupType").asText()).isEqualTo("CORE");
        assertThat(groups.get(1).get("InstanceType").asText()).isEqualTo("r6i.2xlarge");
        assertThat(groups.get(1).get("InstanceCount").asInt()).isEqualTo(3);

        JsonNode bootstrap = dryRun.file("bootstrap-actions.json").get(0);
        assertThat(bootstrap.get("Path").asText()).isEqualTo("s3://tf-test-bucket/deploy/bootstrap/install-trendfinder.sh");
        assertThat(strings(bootstrap.get("Args"))).containsExactly("--app-uri", "s3://tf-test-bucket/deploy");

        JsonNode ec2 = dryRun.file("ec2-attributes.json");
        assertThat(ec2.get("InstanceProfile").asText()).isEqualTo("TestInstanceProfile");
        assertThat(ec2.get("SubnetId").asText()).isEqualTo("subnet-0abc");

        JsonNode configurations = dryRun.file("spark-defaults-emr.json");
        assertThat(configurations.get(0).get("Classification").asText()).isEqualTo("spark-defaults");
    }

    @Test
    void runDateDefaultsToTodayInTheStatedTimeZone() {
        // UTC+14: for most of the UTC day its date differs from the machine's.
        String zone = "Pacific/Kiritimati";
        List<String> today = Scripts.todayIn(zone);
        JsonNode step = Scripts.run("bin/create-cluster.sh", "--dry-run", "--time-zone", zone).dryRun()
                .file("steps.json").get(0);
        List<String> args = strings(step.get("Args"));
        assertThat(today).contains(args.get(args.size() - 1));
        assertThat(args.get(args.size() - 2)).isEqualTo("--run-date");
    }

    @Test
    void flagsOverrideTheSettingsFile() {
        Scripts.DryRun dryRun = Scripts.run("bin/create-cluster.sh", "--dry-run", "--run-date", "2025-12-31",
                "--input", "s3://other/in", "--output", "s3://other/store", "--jar", "s3://other/job.jar",
                "--mode", "classic", "--release-label", "emr-7.13.0", "--set", "TF_EMR_CORE_INSTANCE_COUNT=5").dryRun();
        List<String> args = strings(dryRun.file("steps.json").get(0).get("Args"));
        assertThat(args).containsSubsequence("s3://other/job.jar", "run", "--input", "s3://other/in",
                "--output", "s3://other/store", "--run-date", "2025-12-31", "--mode", "classic");
        assertThat(flagValue(dryRun.onlyCommand(), "--release-label")).isEqualTo("emr-7.13.0");
        assertThat(dryRun.file("instance-groups.json").get(1).get("InstanceCount").asInt()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"emr-7.11.0", "emr-6.15.0", "emr-7.2.0", "7.12.0"})
    void refusesAReleaseOlderThanEmr7dot12(String label) {
        Scripts.Result result = Scripts.run("bin/create-cluster.sh", "--dry-run", "--release-label", label);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("release label").contains(label);
        assertThat(result.stdout()).doesNotContain("create-cluster");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "26-01-05", "today", "2026-1-5"})
    void refusesABadRunDate(String date) {
        Scripts.Result result = Scripts.run("bin/create-cluster.sh", "--dry-run", "--run-date", date);
        assertThat(result.refusal()).contains("--run-date").contains(date);
        assertThat(result.stdout()).doesNotContain("# command");
    }

    @Test
    void namesAMissingSetting() {
        assertThat(Scripts.run("bin/create-cluster.sh", "--dry-run", "--set", "TF_EMR_SERVICE_ROLE=").refusal())
                .contains("missing required setting").contains("TF_EMR_SERVICE_ROLE");
    }

    @Test
    void refusesAnUnknownTimeZoneAndAnUnknownOption() {
        assertThat(Scripts.run("bin/create-cluster.sh", "--dry-run", "--time-zone", "Mars/Olympus_Mons").refusal())
                .contains("unknown time zone 'Mars/Olympus_Mons'");

        assertThat(Scripts.run("bin/create-cluster.sh", "--dry-run", "--auto-terminate-never").refusal())
                .contains("unknown option '--auto-terminate-never'");
    }

    @Test
    void addStepAddsTheSameSparkSubmitToTheRunningCluster() {
        Scripts.DryRun dryRun = Scripts.run("bin/add-step.sh", "--dry-run", "--run-date", "2026-03-14").dryRun();
        List<String> command = dryRun.onlyCommand();
        assertThat(command.subList(3, 5)).containsExactly("emr", "add-steps");
        assertThat(flagValue(command, "--cluster-id")).isEqualTo("j-TEST123");
        assertThat(flagValue(command, "--steps")).startsWith("file:///").endsWith("steps.json");

        JsonNode step = dryRun.file("steps.json").get(0);
        assertThat(step.get("ActionOnFailure").asText()).isEqualTo("CONTINUE");
        assertSparkSubmitStep(step, "2026-03-14");
    }

    @Test
    void addStepNeedsAClusterId() {
        assertThat(Scripts.run("bin/add-step.sh", "--dry-run", "--set", "TF_EMR_CLUSTER_ID=").refusal())
                .contains("TF_EMR_CLUSTER_ID");

        assertThat(Scripts.run("bin/add-step.sh", "--dry-run", "--cluster-id", "cluster-1").refusal())
                .contains("cluster id").contains("cluster-1");

        assertThat(Scripts.run("bin/add-step.sh", "--dry-run", "--cluster-id", "j-2AXXXXXXGAPLF").dryRun()
                .onlyCommand()).contains("j-2AXXXXXXGAPLF");
    }

    @Test
    void theShippedSettingsFileWorksAsIs() {
        Scripts.Result result = Scripts.run("bin/create-cluster.sh", "--dry-run", "--conf",
                Scripts.REPO.resolve("conf/emr.env").toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.dryRun().onlyCommand()).contains("--auto-terminate");
    }

    @Test
    void withoutDryRunTheAwsCliGetsTheCommandAndItsJsonFiles(@TempDir Path temp) throws IOException {
        // A stand-in aws that records its arguments and the contents of every file:// it is given.
        Path aws = temp.resolve("aws");
        Path calls = temp.resolve("calls.txt");
        Files.writeString(aws, "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; "
                + "if [[ $a == file://* ]]; then cat \"${a#file://}\"; echo; fi; done >> '" + calls + "'\n"
                + "echo '{\"ClusterId\": \"j-NEW\"}'\n");
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));

        Scripts.Result result = Scripts.run(Map.of("PATH", temp + ":" + System.getenv("PATH")),
                "bin/create-cluster.sh", "--run-date", "2026-03-14");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("j-NEW");
        assertThat(result.stderr()).contains("running: aws --region eu-west-1 emr create-cluster");
        String recorded = Files.readString(calls);
        assertThat(recorded).contains("--auto-terminate", "\"command-runner.jar\"", "\"InstanceProfile\":\"TestInstanceProfile\"");
        // the temporary JSON files are gone once the script is done
        String stepsFile = recorded.lines().filter(l -> l.startsWith("file://") && l.endsWith("steps.json")).findFirst().orElseThrow();
        assertThat(Path.of(stepsFile.substring("file://".length()))).doesNotExist();
    }

    @Test
    void uploadCopiesTheJarTheBootstrapActionAndConfButNotTheSettings() {
        List<List<String>> commands = Scripts.run("bin/upload-artifacts.sh", "--dry-run").dryRun().commands();
        assertThat(commands).hasSize(3);
        assertThat(commands.get(0)).endsWith(Scripts.REPO.resolve("spark-pipeline/target/trendfinder-pipeline.jar").toString(), JAR);
        assertThat(commands.get(1)).endsWith(Scripts.MODULE.resolve("bootstrap/install-trendfinder.sh").toString(),
                "s3://tf-test-bucket/deploy/bootstrap/install-trendfinder.sh");
        assertThat(commands.get(2)).containsSubsequence("sync", "--exclude", "*.env",
                Scripts.REPO.resolve("conf") + "/", "s3://tf-test-bucket/deploy/conf/");
    }

    private static void assertSparkSubmitStep(JsonNode step, String runDate) {
        assertThat(step.get("Type").asText()).isEqualTo("CUSTOM_JAR");
        assertThat(step.get("Jar").asText()).isEqualTo("command-runner.jar");
        List<String> args = strings(step.get("Args"));
        assertThat(args.subList(0, 3)).containsExactly("spark-submit", "--deploy-mode", "cluster");
        assertThat(flagValue(args, "--class")).isEqualTo("org.trendfinder.pipeline.Main");
        int jarAt = args.indexOf(JAR);
        assertThat(jarAt).as("jar in " + args).isPositive();
        assertThat(args.subList(jarAt + 1, args.size()))
                .containsExactly("run", "--input", INPUT, "--output", STORE, "--run-date", runDate);
    }
}
