package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.emr.Scripts.flagValue;
import static org.trendfinder.emr.Scripts.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bin/start-serverless-job.sh through its dry run. */
class ServerlessJobScriptTest {

    @Test
    void startsAJobRunOfThePipelineJar() {
        Scripts.DryRun dryRun = Scripts.run("bin/start-serverless-job.sh", "--dry-run", "--run-date", "2026-03-14").dryRun();

        List<String> command = dryRun.onlyCommand();
        assertThat(command.subList(3, 5)).containsExactly("emr-serverless", "start-job-run");
        assertThat(flagValue(command, "--application-id")).isEqualTo("00testapp");
        assertThat(flagValue(command, "--execution-role-arn")).isEqualTo("arn:aws:iam::210987654321:role/TestJobRole");
        assertThat(flagValue(command, "--job-driver")).startsWith("file:///").endsWith("job-driver.json");
        assertThat(flagValue(command, "--configuration-overrides")).endsWith("configuration-overrides.json");

        JsonNode submit = dryRun.file("job-driver.json").get("sparkSubmit");
        assertThat(submit.get("entryPoint").asText()).isEqualTo("s3://tf-test-bucket/deploy/trendfinder-pipeline.jar");
        assertThat(strings(submit.get("entryPointArguments"))).containsExactly("run",
                "--input", "s3a://tf-test-bucket/in/projects", "--output", "s3a://tf-test-bucket/trend-store",
                "--run-date", "2026-03-14");
        assertThat(submit.get("sparkSubmitParameters").asText()).startsWith("--class org.trendfinder.pipeline.Main");
    }

    @Test
    void logsToS3AndCarriesTheEmrSparkDefaults() throws Exception {
        JsonNode overrides = Scripts.run("bin/start-serverless-job.sh", "--dry-run").dryRun()
                .file("configuration-overrides.json");

        assertThat(overrides.at("/monitoringConfiguration/s3MonitoringConfiguration/logUri").asText())
                .isEqualTo("s3://tf-test-bucket/emr-logs/serverless/");
        JsonNode sparkDefaults = overrides.get("applicationConfiguration").get(0);
        assertThat(sparkDefaults.get("classification").asText()).isEqualTo("spark-defaults");
        JsonNode emr = Scripts.JSON.readTree(Scripts.REPO.resolve("conf/spark-defaults-emr.json").toFile());
        assertThat(sparkDefaults.get("properties")).isEqualTo(emr.get(0).get("Properties"));
        assertThat(sparkDefaults.at("/properties/spark.hadoop.fs.s3a.committer.name").asText()).isEqualTo("magic");

        // EMR Serverless has no spark-log4j2 classification: the levels go to the driver and the executors.
        List<String> classifications = overrides.get("applicationConfiguration").findValuesAsText("classification");
        assertThat(classifications).containsExactly("spark-defaults", "spark-driver-log4j2", "spark-executor-log4j2");
        assertThat(overrides.at("/applicationConfiguration/1/properties/logger.trendfinder.level").asText()).isEqualTo("info");
    }

    @Test
    void runDateDefaultsToTodayInTheStatedTimeZone() {
        String zone = "Pacific/Pago_Pago"; // UTC-11
        List<String> args = strings(Scripts.run("bin/start-serverless-job.sh", "--dry-run", "--time-zone", zone)
                .dryRun().file("job-driver.json").at("/sparkSubmit/entryPointArguments"));
        assertThat(Scripts.todayIn(zone)).contains(args.get(args.size() - 1));
    }

    @Test
    void refusesAMissingApplicationOrAMalformedRole() {
        assertThat(Scripts.run("bin/start-serverless-job.sh", "--dry-run", "--set", "TF_SERVERLESS_APPLICATION_ID=").refusal())
                .contains("TF_SERVERLESS_APPLICATION_ID");

        assertThat(Scripts.run("bin/start-serverless-job.sh", "--dry-run", "--execution-role-arn", "TestJobRole").refusal())
                .contains("execution role").contains("TestJobRole");

        assertThat(Scripts.run("bin/start-serverless-job.sh", "--dry-run", "--run-date", "2026-02-29").refusal())
                .contains("not a calendar date: '2026-02-29'");
    }
}
