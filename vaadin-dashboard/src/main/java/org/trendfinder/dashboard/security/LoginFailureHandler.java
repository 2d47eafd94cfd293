package org.trendfinder.dashboard.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed login (form or OpenID Connect): audited and counted; back to the login page with {@code ?error} as
 * before, or HTTP 429 when this failure locked the account or the address.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final AuthenticationFailureHandler backToLogin =
            new SimpleUrlAuthenticationFailureHandler("/" + LoginView.ROUTE + "?error");

    LoginFailureHandler(LoginThrottle throttle, LoginAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        LoginAudit.Method method = LoginAttempts.method(request).orElse(LoginAudit.Method.FORM);
        Optional<String> user = LoginAttempts.claimedUser(request, method);
        String address = LoginAttempts.clientAddress(request);
        audit.failure(method, user, address, exception.getMessage());
        Optional<LoginThrottle.Lock> lock = throttle.recordFailure(user, address);
        if (lock.isPresent()) {
            audit.locked(method, user, address, lock.get());
            LoginAttempts.refuse(request, response, lock.get());
        } else {
            backToLogin.onAuthenticationFailure(request, response, exception);
        }
    }
}
