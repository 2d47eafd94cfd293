package org.trendfinder.dashboard.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The requests that are login attempts, who they claim to be, and the answer to one refused by a lock. */
final class LoginAttempts {

    /** The login form posts here (Spring Security's form login; Vaadin's LoginForm action). */
    static final RequestMatcher FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/" + LoginView.ROUTE);
    /** OpenID Connect providers send the browser back here with the authorization code. */
    static final RequestMatcher OIDC_CALLBACK = PathPatternRequestMatcher.withDefaults().matcher("/login/oauth2/code/*");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private LoginAttempts() {
    }

    static Optional<LoginAudit.Method> method(HttpServletRequest request) {
        if (FORM.matches(request)) {
            return Optional.of(LoginAudit.Method.FORM);
        }
        return OIDC_CALLBACK.matches(request) ? Optional.of(LoginAudit.Method.OIDC) : Optional.empty();
    }

    /** The user name a form login claims; an OpenID Connect callback names nobody until the provider answered. */
    static Optional<String> claimedUser(HttpServletRequest request, LoginAudit.Method method) {
        return method == LoginAudit.Method.FORM ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
    }

    /**
     * The client's address: behind a load balancer the servlet container has already replaced the proxy's address
     * with the forwarded one, but only from proxies it trusts ({@code server.forward-headers-strategy=native}).
     */
    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /**
     * HTTP 403 for a login post without the login page's CSRF token: a forged post, or a login page left open
     * longer than the session lasts.
     */
    static void refuseWithoutCsrfToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        page(request, response, "login-refused", "Login refused",
                "This login did not come from the current login page (its security token is missing or has expired)."
                        + " Open the login page again and log in there.");
    }

    /** HTTP 429 with Retry-After and a short page that says what happened and when to try again. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, LoginThrottle.Lock lock)
            throws IOException {
        long seconds = Math.max(1, (lock.remaining().toMillis() + 999) / 1000);
        long minutes = Math.max(1, (seconds + 59) / 60);
        String who = lock.scope() == LoginThrottle.Scope.ACCOUNT ? "this account" : "your network address";
        String message = "Too many failed logins for " + who + ". Logging in is blocked for " + minutes
                + (minutes == 1 ? " minute" : " minutes") + " (until " + TIME.format(lock.until()) + ").";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        page(request, response, "login-locked", "Too many failed logins", message);
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, String id, String title,
            String message) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + " | TrendFinder</title></head><body><main id=\"" + id + "\">"
                + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath() + "/" + LoginView.ROUTE)
                + "\">Back to the login page</a></p></main></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
