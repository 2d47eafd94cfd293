package org.trendfinder.dashboard.security;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per login event on its own logger, {@value #LOGGER}, so that an operator can route, ship and alert on it
 * (e.g. a CloudWatch metric filter on {@code "trendfinder.audit" "outcome=FAILURE"}). Lines are
 * {@code key=value} pairs; user names and reasons come from outside and are quoted with control characters
 * removed, so a crafted name cannot forge a line. Passwords never reach this class.
 */
public final class LoginAudit {

    public static final String LOGGER = "trendfinder.audit";

    /** What happened to a login attempt. */
    public enum Outcome {
        /** logged in */
        SUCCESS,
        /** wrong credentials, or refused by the OpenID Connect provider or the e-mail domain rule */
        FAILURE,
        /** this failure reached a limit: the account or address is now locked */
        LOCKED,
        /** an attempt during a lock: refused without checking the password */
        REFUSED
    }

    /** How the user tried to log in. */
    public enum Method {
        FORM, OIDC;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_TEXT = 100;

    public void success(Method method, String user, String address) {
        LOG.info("login outcome={} method={} user={} address={}", Outcome.SUCCESS, method.label(), quote(user),
                quote(address));
    }

    public void failure(Method method, Optional<String> user, String address, String reason) {
        LOG.warn("login outcome={} method={} user={} address={} reason={}", Outcome.FAILURE, method.label(),
                quote(user.orElse("")), quote(address), quote(reason));
    }

    public void locked(Method method, Optional<String> user, String address, LoginThrottle.Lock lock) {
        LOG.warn("login outcome={} method={} user={} address={} scope={} until={}", Outcome.LOCKED, method.label(),
                quote(user.orElse("")), quote(address), lock.scope().name().toLowerCase(Locale.ROOT),
                lock.until().truncatedTo(ChronoUnit.SECONDS));
    }

    public void refused(Method method, Optional<String> user, String address, LoginThrottle.Lock lock) {
        LOG.warn("login outcome={} method={} user={} address={} scope={} until={}", Outcome.REFUSED, method.label(),
                quote(user.orElse("")), quote(address), lock.scope().name().toLowerCase(Locale.ROOT),
                lock.until().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A double-quoted value without control characters or quotes, cut to a readable length. */
    static String quote(String value) {
        String text = value == null ? "" : value;
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT) + 3).append('"');
        text.codePoints().limit(MAX_TEXT).forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029 ? '?' : c));
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
