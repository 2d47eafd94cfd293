package org.trendfinder.dashboard.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a login attempt (form post or OpenID Connect callback) for a locked account or from a locked address
 * with HTTP 429, before any password is checked: during a lock the right password gets the same answer as a wrong
 * one, so guessing on teaches nothing. Sits after Spring's CSRF filter, so forged posts never count.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginAudit audit;

    LoginThrottleFilter(LoginThrottle throttle, LoginAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LoginAudit.Method> method = LoginAttempts.method(request);
        if (method.isPresent()) {
            Optional<String> user = LoginAttempts.claimedUser(request, method.get());
            String address = LoginAttempts.clientAddress(request);
            Optional<LoginThrottle.Lock> lock = throttle.lockOf(user, address);
            if (lock.isPresent()) {
                audit.refused(method.get(), user, address, lock.get());
                LoginAttempts.refuse(request, response, lock.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
