package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Elastic Beanstalk source bundle that {@code package} writes ({@code target/trendfinder-dashboard-eb.zip}):
 * what Beanstalk needs at its root, valid config files, and the settings the deployment depends on.
 */
class ElasticBeanstalkBundleIT {

    private static final Path BUNDLE = Path.of("target/trendfinder-dashboard-eb.zip");
    private static final Path SOURCES = Path.of("deploy/elastic-beanstalk");

    @Test
    void theBundleHoldsTheBootableJarProcfileAndConfigsAtItsRoot() throws IOException {
        assertThat(BUNDLE).exists();
        try (ZipFile zip = new ZipFile(BUNDLE.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).sorted().toList();
            assertThat(names).containsExactly(".ebextensions/01-load-balancer.config", ".ebextensions/02-instances.config",
                    "Procfile", "trendfinder-dashboard.jar");
            String procfile = read(zip, "Procfile");
            assertThat(procfile.lines().toList()).singleElement().satisfies(web -> assertThat(web)
                    .startsWith("web: java ").contains("-Xmx").contains("-jar trendfinder-dashboard.jar")
                    .contains("--server.port=5000"));
            // the jar inside is Boot's executable jar and carries conf/application.yml as its settings
            List<String> jarEntries = new ArrayList<>();
            String settings = null;
            try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(zip.getEntry("trendfinder-dashboard.jar")))) {
                for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                    jarEntries.add(e.getName());
                    if (e.getName().equals("BOOT-INF/classes/application.yml")) {
                        settings = new String(jar.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            assertThat(jarEntries).contains("org/springframework/boot/loader/launch/JarLauncher.class",
                    "BOOT-INF/classes/org/trendfinder/dashboard/DashboardApplication.class");
            assertThat(jarEntries).noneMatch(n -> n.contains("vaadin-dev-"));
            assertThat(settings).isEqualTo(Files.readString(Path.of("../conf/application.yml")));
            for (String config : List.of(".ebextensions/01-load-balancer.config", ".ebextensions/02-instances.config")) {
                assertThat(read(zip, config)).isEqualTo(Files.readString(SOURCES.resolve(config)));
            }
        }
    }

    @Test
    void loadBalancerChecksHealthAndKeepsSessionsSticky() throws IOException {
        Map<String, Map<String, Object>> options = options(".ebextensions/01-load-balancer.config");
        assertThat(options.get("aws:elasticbeanstalk:environment")).containsEntry("LoadBalancerType", "application");
        Map<String, Object> process = options.get("aws:elasticbeanstalk:environment:process:default");
        assertThat(process).containsEntry("HealthCheckPath", "/actuator/health")
                .containsEntry("StickinessEnabled", "true")
                .containsEntry("StickinessType", "lb_cookie");
        // the stickiness cookie outlives the HTTP session (conf/application.yml: 30m)
        assertThat(Integer.parseInt((String) process.get("StickinessLBCookieDuration"))).isGreaterThan(30 * 60);
        assertThat(options.get("aws:autoscaling:asg")).containsEntry("MaxSize", "4");
    }

    @Test
    void instancesUseTheDashboardRoleAndNoSecretsAreWritten() throws IOException {
        Map<String, Map<String, Object>> options = options(".ebextensions/02-instances.config");
        assertThat(options.get("aws:autoscaling:launchconfiguration"))
                .containsEntry("IamInstanceProfile", "TrendFinderDashboardRole");
        Map<String, Object> env = options.get("aws:elasticbeanstalk:application:environment");
        assertThat(env.keySet()).noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.contains("USERS"));
        for (String config : List.of(".ebextensions/01-load-balancer.config", ".ebextensions/02-instances.config")) {
            String text = Files.readString(SOURCES.resolve(config));
            assertThat(text).doesNotContainPattern("\\$2[aby]?\\$\\d\\d\\$").doesNotContain("aws_secret_access_key");
        }
        // the role it names: read-only on the store (emr-bootstrap creates it)
        JsonNode policy = new ObjectMapper().readTree(Path.of("../emr-bootstrap/iam/dashboard-role-policy.json").toFile());
        List<String> actions = new ArrayList<>();
        policy.path("Statement").forEach(s -> actions.add(s.path("Action").asText()));
        assertThat(actions).containsExactlyInAnyOrder("s3:ListBucket", "s3:GetObject");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> options(String config) throws IOException {
        try (InputStream in = Files.newInputStream(SOURCES.resolve(config))) {
            Map<String, Object> doc = new Yaml().load(in);
            assertThat(doc).as(config).containsOnlyKeys("option_settings");
            Map<String, Map<String, Object>> options = (Map<String, Map<String, Object>>) doc.get("option_settings");
            // every value quoted, so that YAML never turns 'true' or '80' into another type on the way to Beanstalk
            options.forEach((ns, values) -> values.forEach((k, v) ->
                    assertThat(v).as(config + " " + ns + " " + k).isInstanceOf(String.class)));
            return options;
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
