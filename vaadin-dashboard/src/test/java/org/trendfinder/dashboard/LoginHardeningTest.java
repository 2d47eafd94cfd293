package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.dashboard.SecurityTest.browserLikeClient;
import static org.trendfinder.dashboard.SecurityTest.csrfToken;
import static org.trendfinder.dashboard.SecurityTest.get;
import static org.trendfinder.dashboard.SecurityTest.postLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.trendfinder.dashboard.security.LoginAudit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Login hardening over real HTTP: throttling (per account, per client address, OpenID Connect callbacks), lock
 * expiry, CSRF on the login form, the security headers and the audit log. Client addresses are given as
 * X-Forwarded-For, which the server trusts from loopback (a proxy), so each test guesses from its own address.
 */
class LoginHardeningTest {

    static final String USER = "analyst";
    static final String PASSWORD = "correct horse battery staple";
    static final String OTHER = "bea";
    static final String OTHER_PASSWORD = "another fine password";
    /** Short enough to wait for in a test. */
    static final long LOCK_SECONDS = 3;

    private static ConfigurableApplicationContext app;
    private static String base;
    private static final ListAppender<ILoggingEvent> audit = new ListAppender<>();

    @BeforeAll
    static void start() throws Exception {
        Path store = Files.createTempDirectory("trendfinder-hardening-store");
        new TestStore(store).run(LocalDate.of(2018, 3, 14), 3);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        app = new SpringApplicationBuilder(DashboardApplication.class).run("--server.port=0",
                "--trendfinder.store=" + store, "--trendfinder.refresh-interval=1h",
                "--trendfinder.security.users[0].username=" + USER,
                "--trendfinder.security.users[0].password-hash=" + bcrypt.encode(PASSWORD),
                "--trendfinder.security.users[1].username=" + OTHER,
                "--trendfinder.security.users[1].password-hash=" + bcrypt.encode(OTHER_PASSWORD),
                "--spring.security.oauth2.client.registration.google.client-id=test-client",
                "--spring.security.oauth2.client.registration.google.client-secret=test-secret",
                "--trendfinder.security.login-throttle.max-failures=3",
                "--trendfinder.security.login-throttle.max-failures-per-address=6",
                "--trendfinder.security.login-throttle.window=1m",
                "--trendfinder.security.login-throttle.lock-duration=" + LOCK_SECONDS + "s");
        base = SecurityTest.baseUrl(app);
        audit.start();
        ((Logger) LoggerFactory.getLogger(LoginAudit.LOGGER)).addAppender(audit);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(LoginAudit.LOGGER)).detachAppender(audit);
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void clearAudit() {
        audit.list.clear();
    }

    /** A login from {@code address} with a fresh login page's token, as the login form sends it. */
    private static HttpResponse<String> login(HttpClient client, String user, String password, String address)
            throws Exception {
        return postLogin(client, base, user, password, csrfToken(client, base), address);
    }

    private static List<String> auditLines() {
        return audit.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void wrongPasswordsLockTheAccountTheRightOneIsRefusedDuringTheLockAndWorksAfterIt() throws Exception {
        String address = "203.0.113.10";
        HttpClient client = browserLikeClient();
        for (int i = 1; i <= 2; i++) {
            HttpResponse<String> wrong = login(client, USER, "guess-" + i, address);
            assertThat(wrong.statusCode()).as("wrong password %d", i).isEqualTo(302);
            assertThat(wrong.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> third = login(client, USER, "guess-3", address);
        assertThat(third.statusCode()).as("the failure that reaches the limit").isEqualTo(429);
        assertThat(third.body()).contains("Too many failed logins for this account");
        assertThat(Long.parseLong(third.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, LOCK_SECONDS);

        HttpResponse<String> right = login(client, USER, PASSWORD, address);
        assertThat(right.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(get(client, base + "runs", "text/html").statusCode()).as("not logged in").isEqualTo(302);
        // the same account from elsewhere is locked too; another account from here is not
        assertThat(login(browserLikeClient(), USER, PASSWORD, "198.51.100.99").statusCode()).isEqualTo(429);
        HttpResponse<String> other = login(browserLikeClient(), OTHER, OTHER_PASSWORD, address);
        assertThat(other.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        Thread.sleep(LOCK_SECONDS * 1000 + 500);
        HttpResponse<String> after = login(client, USER, PASSWORD, address);
        assertThat(after.statusCode()).as("the right password after the lock ended").isEqualTo(302);
        assertThat(after.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(get(client, base + "runs", "text/html").statusCode()).isEqualTo(200);

        List<String> lines = auditLines();
        String who = "user=\"" + USER + "\" address=\"" + address + "\"";
        assertThat(lines).filteredOn(l -> l.contains("outcome=FAILURE") && l.contains(who)).hasSize(3);
        assertThat(lines).filteredOn(l -> l.contains("outcome=LOCKED") && l.contains(who) && l.contains("scope=account"))
                .hasSize(1);
        assertThat(lines).filteredOn(l -> l.contains("outcome=REFUSED") && l.contains("user=\"" + USER + "\"")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains("outcome=SUCCESS") && l.contains(who)).hasSize(1);
        assertThat(lines).filteredOn(l -> l.contains("outcome=SUCCESS") && l.contains("user=\"" + OTHER + "\"")).hasSize(1);
        assertThat(String.join("\n", lines)).doesNotContain(PASSWORD).doesNotContain(OTHER_PASSWORD).doesNotContain("guess-");
    }

    @Test
    void guessingManyAccountsFromOneAddressLocksThatAddress() throws Exception {
        String address = "203.0.113.20";
        for (int i = 0; i < 5; i++) {
            assertThat(login(browserLikeClient(), "nobody" + i, "guess", address).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> sixth = login(browserLikeClient(), "nobody5", "guess", address);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("Too many failed logins for your network address");
        assertThat(login(browserLikeClient(), OTHER, OTHER_PASSWORD, address).statusCode()).isEqualTo(429);
        HttpResponse<String> elsewhere = login(browserLikeClient(), OTHER, OTHER_PASSWORD, "203.0.113.21");
        assertThat(elsewhere.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(auditLines()).anyMatch(l -> l.contains("outcome=LOCKED") && l.contains("scope=address")
                && l.contains("address=\"" + address + "\""));
    }

    @Test
    void failedOpenIdConnectCallbacksAreThrottledPerAddress() throws Exception {
        String address = "203.0.113.30";
        HttpClient client = browserLikeClient();
        int status = 0;
        for (int i = 0; i < 6; i++) {
            // a callback without a matching authorization request: refused by Spring, counted here
            status = callback(client, address).statusCode();
            assertThat(status).as("callback %d", i + 1).isIn(302, 429);
        }
        assertThat(status).isEqualTo(429);
        assertThat(callback(client, address).statusCode()).isEqualTo(429);
        assertThat(callback(client, "203.0.113.31").statusCode()).isEqualTo(302);
        assertThat(auditLines()).anyMatch(l -> l.contains("outcome=FAILURE") && l.contains("method=oidc"))
                .anyMatch(l -> l.contains("outcome=REFUSED") && l.contains("method=oidc"));
    }

    private static HttpResponse<String> callback(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "login/oauth2/code/google?code=forged&state=forged"))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLoginWithoutTheLoginPagesCsrfTokenIsRefused() throws Exception {
        String address = "203.0.113.40";
        HttpClient victim = browserLikeClient();
        get(victim, base + "login", "text/html");
        HttpResponse<String> forged = postLogin(victim, base, USER, PASSWORD, null, address);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Login refused");
        // a token from another session (the attacker's own) does not help either
        String attackers = csrfToken(browserLikeClient(), base);
        assertThat(postLogin(victim, base, USER, PASSWORD, attackers, address).statusCode()).isEqualTo(403);
        assertThat(get(victim, base + "runs", "text/html").statusCode()).as("still not logged in").isEqualTo(302);
        // refused before authentication: no failure counted, nothing to audit
        assertThat(auditLines()).noneMatch(l -> l.contains(address));
        assertThat(login(victim, USER, PASSWORD, address).statusCode()).isEqualTo(302);
        assertThat(get(victim, base + "runs", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseHasTheContentSecurityPolicyAndHttpsOnesHsts() throws Exception {
        HttpResponse<String> page = get(browserLikeClient(), base + "login", "text/html");
        String csp = page.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                "form-action 'self'");
        Matcher scriptSrc = Pattern.compile("script-src ([^;]+)").matcher(csp);
        assertThat(scriptSrc.find()).isTrue();
        assertThat(scriptSrc.group(1)).startsWith("'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain("*");
        String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        // every script of the bootstrap page carries this response's nonce, and the next response has another
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).isGreaterThan(0);
        assertThat(get(browserLikeClient(), base + "login", "text/html").headers().firstValue("content-security-policy"))
                .hasValueSatisfying(other -> assertThat(other).doesNotContain(nonce));
        assertThat(page.headers().firstValue("x-frame-options")).contains("DENY");

        assertThat(page.headers().firstValue("strict-transport-security")).as("plain http").isEmpty();
        HttpResponse<String> https = browserLikeClient().send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(https.headers().firstValue("strict-transport-security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(https.headers().firstValue("content-security-policy")).isPresent();
    }
}
