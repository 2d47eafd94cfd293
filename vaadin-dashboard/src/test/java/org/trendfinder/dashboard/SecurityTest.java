package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.trendfinder.dashboard.security.EmailDomainRule;
import org.trendfinder.store.CsvCodec;
import org.trendfinder.store.Plot;

/**
 * Login over real HTTP: each case starts the dashboard on a free loopback port with its own settings and talks
 * to it with {@link HttpClient} (redirects not followed, so every 302 is visible).
 */
class SecurityTest {

    static final String USER = "analyst";
    static final String PASSWORD = "correct horse battery staple";
    /** A real bcrypt hash, made here (cost 4: fast tests; the docs recommend 12). */
    static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    static final LocalDate RUN = LocalDate.of(2018, 3, 14);
    static final String HISTORY_CSV = "data/runs/2018-03-14/trends/flexible-seating/history.csv";
    static final List<String> VIEWS = List.of("", "runs", "runs/2018-03-14", "runs/2018-03-14/trends/flexible-seating",
            "runs/2018-03-14/info", "search?q=seating", "no/such/page");

    private static Path store;
    private static ConfigurableApplicationContext secured;
    private static String base;

    @BeforeAll
    static void startSecured() throws IOException {
        store = Files.createTempDirectory("trendfinder-security-store");
        new TestStore(store).run(RUN, 3);
        secured = start("--trendfinder.security.users[0].username=" + USER,
                "--trendfinder.security.users[0].password-hash=" + HASH,
                "--trendfinder.security.users[0].roles=USER");
        base = baseUrl(secured);
    }

    @AfterAll
    static void stop() {
        if (secured != null) {
            secured.close();
        }
    }

    static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--trendfinder.store=" + store,
                "--trendfinder.refresh-interval=1h"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(DashboardApplication.class).run(all.toArray(String[]::new));
    }

    static String baseUrl(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/";
    }

    static HttpClient browserLikeClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in like the login form does: opens the login page for its CSRF token, then posts with it. */
    static HttpResponse<String> postLogin(HttpClient client, String url, String user, String password) throws Exception {
        return postLogin(client, url, user, password, csrfToken(client, url), null);
    }

    /** A login post with the given CSRF token (none when null), from {@code forwardedFor} (via a trusted proxy). */
    static HttpResponse<String> postLogin(HttpClient client, String url, String user, String password, String csrf,
            String forwardedFor) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            post.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token that the login page hands to its form (Vaadin's LoginForm reads the same meta tag). */
    static String csrfToken(HttpClient client, String url) throws Exception {
        String page = get(client, url + "login", "text/html").body();
        Matcher token = CSRF_META.matcher(page);
        assertThat(token.find()).as("the login page's _csrf meta tag").isTrue();
        return token.group(1);
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static Optional<String> location(HttpResponse<?> r) {
        return r.headers().firstValue("location");
    }

    @Test
    void anonymousRequestsForViewsAndCsvAreSentToTheLoginPage() throws Exception {
        HttpClient anonymous = browserLikeClient();
        for (String path : VIEWS) {
            HttpResponse<String> r = get(anonymous, base + path, "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(location(r)).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        for (String accept : List.of("text/html", "text/csv", "*/*")) {
            HttpResponse<String> csv = get(anonymous, base + HISTORY_CSV, accept);
            assertThat(csv.statusCode()).as(accept).isEqualTo(302);
            assertThat(location(csv)).as(accept).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(csv.body()).doesNotContain("trend_projects");
        }
        HttpResponse<String> login = get(anonymous, base + "login", "text/html");
        assertThat(login.statusCode()).isEqualTo(200);
    }

    @Test
    void aLoggedInUserGetsTheViewsAndTheCsv() throws Exception {
        HttpClient client = browserLikeClient();
        get(client, base + "runs", "text/html"); // the saved request, like a browser that was sent to log in
        HttpResponse<String> login = postLogin(client, base, USER, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        for (String path : VIEWS) {
            HttpResponse<String> r = get(client, base + path, "text/html");
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            assertThat(location(r)).as(path).isEmpty();
        }
        HttpResponse<String> csv = get(client, base + HISTORY_CSV, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("content-disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("2018-03-14_flexible-seating_history.csv"));
        assertThat(csv.body()).isEqualTo(new String(CsvCodec.write(TestStore.table(Plot.HISTORY, 1)), StandardCharsets.UTF_8));
        assertThat(get(client, base + "data/runs/2018-03-14/trends.csv", "text/csv").body())
                .startsWith("rank,trend,slug").contains("flexible seating");
        // unknown or hostile addresses are plain 404s
        for (String bad : List.of("data/runs/2099-01-01/trends.csv", "data/runs/2018-03-14/trends/flexible-seating/nope.csv",
                "data/runs/2018-03-14/trends/..%2F..%2Fx/history.csv", "data/runs/2018-13-45/trends.csv")) {
            assertThat(get(client, base + bad, "text/csv").statusCode()).as(bad).isIn(400, 404);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpClient client = browserLikeClient();
        for (String[] attempt : new String[][] {{USER, "wrong"}, {USER, ""}, {"nobody", PASSWORD}, {USER, HASH}}) {
            HttpResponse<String> login = postLogin(client, base, attempt[0], attempt[1]);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(location(login)).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> csv = get(client, base + HISTORY_CSV, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(302);
    }

    @Test
    void healthIsOpenAndCreatesNoSession() throws Exception {
        for (String path : List.of("actuator/health", "actuator/health/liveness", "actuator/health/readiness")) {
            HttpResponse<String> r = get(browserLikeClient(), base + path, "application/json");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("\"UP\"");
            assertThat(r.headers().allValues("set-cookie")).as(path).isEmpty();
        }
        // other actuator endpoints are neither exposed nor open
        assertThat(get(browserLikeClient(), base + "actuator/env", "application/json").statusCode()).isEqualTo(302);
    }

    @Test
    void theDemoProfileIsOpenButOnlyOnLoopback() throws Exception {
        try (ConfigurableApplicationContext demo = start("--spring.profiles.active=demo")) {
            assertThat(demo.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            String demoBase = baseUrl(demo);
            HttpClient client = browserLikeClient();
            HttpResponse<String> view = get(client, demoBase + "runs/2018-03-14/trends/flexible-seating", "text/html");
            assertThat(view.statusCode()).isEqualTo(200);
            HttpResponse<String> csv = get(client, demoBase + HISTORY_CSV, "text/csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).startsWith("period,projects,trend_projects,share");
            // and nobody else can reach it: this host's other addresses refuse the connection
            int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
            for (InetAddress other : nonLoopbackAddresses()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other, port), 2000))
                            .as(other.toString()).isInstanceOf(IOException.class);
                }
            }
        }
        for (String address : List.of("0.0.0.0", "::")) {
            assertThatThrownBy(() -> start("--spring.profiles.active=demo", "--server.address=" + address).close())
                    .hasStackTraceContaining("demo profile runs without login")
                    .hasStackTraceContaining("server.address=" + address + " is not a loopback address");
        }
        assertThatThrownBy(() -> start("--spring.profiles.active=demo", "--server.address=").close())
                .hasStackTraceContaining("server.address is not set");
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).forEach(found::add);
            }
        }
        return found;
    }

    @Test
    void withoutUsersOrOpenIdConnectStartUpFailsSayingHowToConfigureOne() {
        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("No way to log in is configured")
                .hasStackTraceContaining("trendfinder.security.users[0].password-hash")
                .hasStackTraceContaining("spring.security.oauth2.client.registration");
    }

    @Test
    void onlyBcryptHashesAreAccepted() {
        assertThatThrownBy(() -> start("--trendfinder.security.users[0].username=" + USER,
                "--trendfinder.security.users[0].password=" + PASSWORD).close())
                .hasStackTraceContaining("trendfinder.security.users[0]")
                .hasStackTraceContaining("plain-text passwords are refused");
        assertThatThrownBy(() -> start("--trendfinder.security.users[0].username=" + USER,
                "--trendfinder.security.users[0].password-hash=" + PASSWORD).close())
                .hasStackTraceContaining("trendfinder.security.users[0]")
                .hasStackTraceContaining("password-hash must be a bcrypt hash");
    }

    @Test
    void anOpenIdConnectProviderIsOfferedAndSendsTheBrowserToIt() throws Exception {
        try (ConfigurableApplicationContext oidc = start(
                "--spring.security.oauth2.client.registration.google.client-id=test-client",
                "--spring.security.oauth2.client.registration.google.client-secret=test-secret",
                "--trendfinder.security.allowed-email-domain=example.org")) {
            assertThat(oidc.getBean(org.trendfinder.dashboard.security.LoginMethods.class).providers())
                    .containsExactly(new org.trendfinder.dashboard.security.LoginMethods.Provider("google", "Google"));
            String oidcBase = baseUrl(oidc);
            HttpClient client = browserLikeClient();
            HttpResponse<String> view = get(client, oidcBase + "runs", "text/html");
            assertThat(location(view)).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            HttpResponse<String> start = get(client, oidcBase + "oauth2/authorization/google", "text/html");
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(location(start)).hasValueSatisfying(l -> assertThat(l)
                    .startsWith("https://accounts.google.com/").contains("client_id=test-client").contains("scope=openid"));
        }
    }

    @Test
    void theEmailDomainRuleAcceptsOnlyVerifiedAddressesOfItsDomain() {
        EmailDomainRule rule = new EmailDomainRule(Optional.of("example.org"));
        assertThat(rule.allows("ann@example.org", true)).isTrue();
        assertThat(rule.allows("Ann@EXAMPLE.org", true)).isTrue();
        assertThat(rule.allows("ann@example.org", false)).isFalse();
        assertThat(rule.allows("ann@example.org", null)).isFalse();
        assertThat(rule.allows("ann@evil-example.org", true)).isFalse();
        assertThat(rule.allows("ann@example.org.evil.com", true)).isFalse();
        assertThat(rule.allows(null, true)).isFalse();
        assertThat(new EmailDomainRule(Optional.empty()).allows("anyone@anywhere.com", false)).isTrue();
    }
}
