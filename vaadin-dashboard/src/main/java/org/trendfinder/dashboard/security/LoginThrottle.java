package org.trendfinder.dashboard.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per account and per client address in a sliding window; when either reaches its limit it
 * is locked for a while, and every login for it (the right password too) is refused until the lock ends by itself.
 * Entries live in a size-bounded Caffeine cache, so a flood of invented user names cannot exhaust the heap.
 */
public final class LoginThrottle {

    /** What a lock applies to. */
    public enum Scope {
        ACCOUNT, ADDRESS
    }

    /** An active lock, as seen at one moment: what is locked, until when, and how long that still is. */
    public record Lock(Scope scope, Instant until, Duration remaining) {
    }

    private record Key(Scope scope, String value) {
    }

    /** Failures still inside the window, and the end of a lock (or null). Immutable: replaced atomically. */
    private record Failures(List<Instant> times, Instant lockedUntil) {
    }

    /** Longer names are cut: they are no real user's, and must not cost memory. */
    private static final int MAX_NAME_LENGTH = 128;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Cache<Key, Failures> tracked;

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Duration keep = settings.window().compareTo(settings.lockDuration()) > 0 ? settings.window()
                : settings.lockDuration();
        this.tracked = Caffeine.newBuilder()
                .maximumSize(settings.maxTracked())
                .expireAfterWrite(keep)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** The lock that refuses a login of {@code username} (if given) from {@code address}, if any. */
    public Optional<Lock> lockOf(Optional<String> username, String address) {
        Instant now = clock.instant();
        return keys(username, address)
                .flatMap(key -> Optional.ofNullable(tracked.getIfPresent(key))
                        .filter(f -> f.lockedUntil() != null && f.lockedUntil().isAfter(now))
                        .map(f -> lock(key.scope(), f.lockedUntil(), now)).stream())
                .findFirst();
    }

    /** Counts a failed login; returns the lock it caused, if it reached a limit. */
    public Optional<Lock> recordFailure(Optional<String> username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.window());
        List<Lock> caused = new ArrayList<>();
        keys(username, address).forEach(key -> tracked.asMap().compute(key, (k, old) -> {
            if (old != null && old.lockedUntil() != null && old.lockedUntil().isAfter(now)) {
                return old; // already locked (a request that passed the check just before the lock)
            }
            List<Instant> times = new ArrayList<>();
            if (old != null) {
                old.times().stream().filter(t -> t.isAfter(windowStart)).forEach(times::add);
            }
            times.add(now);
            if (times.size() >= limit(k.scope())) {
                Instant until = now.plus(settings.lockDuration());
                caused.add(lock(k.scope(), until, now));
                return new Failures(List.of(), until);
            }
            return new Failures(List.copyOf(times), null);
        }));
        return caused.stream().findFirst();
    }

    /** A successful login forgets the account's failures (its address's stay: they may be guesses at others). */
    public void recordSuccess(String username) {
        accountKey(username).ifPresent(tracked::invalidate);
    }

    /** Entries held now (for tests of the memory bound). */
    long trackedCount() {
        return tracked.estimatedSize();
    }

    /** Applies pending evictions now (Caffeine otherwise does it a little later). */
    void cleanUp() {
        tracked.cleanUp();
    }

    private int limit(Scope scope) {
        return scope == Scope.ACCOUNT ? settings.maxFailures() : settings.maxFailuresPerAddress();
    }

    private static Lock lock(Scope scope, Instant until, Instant now) {
        return new Lock(scope, until, Duration.between(now, until));
    }

    private static Stream<Key> keys(Optional<String> username, String address) {
        return Stream.concat(username.flatMap(LoginThrottle::accountKey).stream(),
                Stream.of(new Key(Scope.ADDRESS, addressKey(address))));
    }

    /** Case-insensitive, like the user store's look-up: "Analyst" and "analyst" are one account. */
    private static Optional<Key> accountKey(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        return Optional.of(new Key(Scope.ACCOUNT, name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name));
    }

    /**
     * IPv4 addresses as they are; IPv6 addresses by their /64 network, since one client usually holds a whole /64
     * and could otherwise take a fresh address for every guess.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal (the servlet container's remote address is always one): no DNS look-up happens
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] b = parsed.getAddress();
                return String.format("%x:%x:%x:%x::/64", (b[0] & 0xff) << 8 | b[1] & 0xff, (b[2] & 0xff) << 8 | b[3] & 0xff,
                        (b[4] & 0xff) << 8 | b[5] & 0xff, (b[6] & 0xff) << 8 | b[7] & 0xff);
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
