package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iam/*.json as bin/create-iam.sh fills them from the settings: least privilege per role. */
class IamPoliciesTest {

    private static final String BUCKET = "arn:aws:s3:::tf-test-bucket";

    @TempDir
    static Path rendered;

    @BeforeAll
    static void render() {
        Scripts.Result result = Scripts.run("bin/create-iam.sh", "--render-only", rendered.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    @Test
    void everyPlaceholderIsFilled() throws IOException {
        try (Stream<Path> files = Files.list(Scripts.MODULE.resolve("iam"))) {
            for (Path template : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Path filled = rendered.resolve(template.getFileName());
                assertThat(filled).exists();
                assertThat(Files.readString(filled)).doesNotContain("${");
                assertThat(Scripts.JSON.readTree(filled.toFile()).get("Version").asText()).isEqualTo("2012-10-17");
            }
        }
    }

    @Test
    void theDashboardMayOnlyListAndReadTheStore() throws IOException {
        JsonNode statements = policy("dashboard-role-policy.json");
        assertThat(actions(statements)).containsExactlyInAnyOrder("s3:ListBucket", "s3:GetObject");
        for (JsonNode statement : statements) {
            String action = statement.get("Action").asText();
            if (action.equals("s3:ListBucket")) {
                assertThat(statement.get("Resource").asText()).isEqualTo(BUCKET);
                assertThat(Scripts.strings(statement.at("/Condition/StringLike/s3:prefix")))
                        .containsExactly("trend-store", "trend-store/*");
            } else {
                assertThat(statement.get("Resource").asText()).isEqualTo(BUCKET + "/trend-store/*");
            }
        }
    }

    @Test
    void thePipelineWritesAndDeletesOnlyUnderTheStore() throws IOException {
        JsonNode statements = policy("pipeline-role-policy.json");
        for (JsonNode statement : statements) {
            assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
            List<String> actions = statement.get("Action").isArray() ? Scripts.strings(statement.get("Action"))
                    : List.of(statement.get("Action").asText());
            assertThat(actions).noneMatch(a -> a.contains("*"));
            String resource = statement.get("Resource").asText();
            if (actions.contains("s3:DeleteObject")) {
                assertThat(resource).isEqualTo(BUCKET + "/trend-store/*");
            }
            if (actions.contains("s3:PutObject")) {
                assertThat(resource).isIn(BUCKET + "/trend-store/*", BUCKET + "/emr-logs/*");
            }
            if (actions.contains("s3:ListBucket")) {
                assertThat(Scripts.strings(statement.at("/Condition/StringLike/s3:prefix")))
                        .contains("in/projects/*", "trend-store/*", "deploy/*", "emr-logs/*");
            }
        }
        assertThat(resources(statements, "s3:GetObject")).contains(BUCKET + "/in/projects/*", BUCKET + "/deploy/*");
    }

    @Test
    void trustPoliciesNameTheirServiceAndThisAccount() throws IOException {
        assertThat(trusted("emr-service-trust-policy.json")).isEqualTo("elasticmapreduce.amazonaws.com");
        assertThat(trusted("ec2-instance-trust-policy.json")).isEqualTo("ec2.amazonaws.com");
        assertThat(trusted("serverless-execution-trust-policy.json")).isEqualTo("emr-serverless.amazonaws.com");
        assertThat(trusted("scheduler-trust-policy.json")).isEqualTo("scheduler.amazonaws.com");
        for (String name : List.of("emr-service-trust-policy.json", "serverless-execution-trust-policy.json",
                "scheduler-trust-policy.json")) {
            assertThat(policy(name).get(0).at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("210987654321");
        }
        assertThat(policy("scheduler-role-policy.json").get(0).get("Resource").asText())
                .isEqualTo("arn:aws:elasticmapreduce:eu-west-1:210987654321:cluster/j-TEST123");
    }

    @Test
    void theDryRunCreatesEachRoleWithItsPolicies() {
        List<List<String>> commands = Scripts.run("bin/create-iam.sh", "--dry-run").dryRun().commands();
        List<String> lines = commands.stream().map(c -> String.join(" ", c.subList(3, c.size()))).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("iam put-role-policy --role-name TestInstanceRole")
                && l.endsWith("pipeline-role-policy.json"));
        assertThat(lines).anyMatch(l -> l.startsWith("iam put-role-policy --role-name TestJobRole")
                && l.endsWith("pipeline-role-policy.json"));
        assertThat(lines).anyMatch(l -> l.startsWith("iam put-role-policy --role-name TestDashboardRole")
                && l.endsWith("dashboard-role-policy.json"));
        assertThat(lines).contains("iam add-role-to-instance-profile --instance-profile-name TestInstanceProfile --role-name TestInstanceRole");
        assertThat(lines).anyMatch(l -> l.contains("AmazonEMRServicePolicy_v2"));
    }

    @Test
    void refusesAnAccountIdThatIsNotTwelveDigits() {
        assertThat(Scripts.run("bin/create-iam.sh", "--dry-run", "--set", "TF_ACCOUNT_ID=1234").refusal())
                .contains("TF_ACCOUNT_ID").contains("1234");
    }

    private static JsonNode policy(String name) throws IOException {
        return Scripts.JSON.readTree(rendered.resolve(name).toFile()).get("Statement");
    }

    private static String trusted(String name) throws IOException {
        return policy(name).get(0).at("/Principal/Service").asText();
    }

    private static List<String> actions(JsonNode statements) {
        List<String> actions = new ArrayList<>();
        statements.forEach(s -> actions.add(s.get("Action").asText()));
        return actions;
    }

    private static List<String> resources(JsonNode statements, String action) {
        List<String> resources = new ArrayList<>();
        for (JsonNode s : statements) {
            JsonNode a = s.get("Action");
            if (a.asText().equals(action) || (a.isArray() && Scripts.strings(a).contains(action))) {
                resources.add(s.get("Resource").asText());
            }
        }
        return resources;
    }
}
