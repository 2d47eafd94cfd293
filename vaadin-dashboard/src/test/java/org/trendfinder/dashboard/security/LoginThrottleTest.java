package org.trendfinder.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.security.LoginThrottle.Lock;
import org.trendfinder.dashboard.security.LoginThrottle.Scope;

/** The throttle's rules on a clock the test moves: limits per account and per address, expiry, memory bound. */
class LoginThrottleTest {

    /** A clock that stands still until moved. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-14T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleSettings(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10), 100), clock);

    private static final Optional<String> ANN = Optional.of("ann");

    @Test
    void theFailureThatReachesTheLimitLocksTheAccountForTheLockDuration() {
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.2")).isEmpty();
        assertThat(throttle.lockOf(ANN, "203.0.113.3")).isEmpty();
        Optional<Lock> lock = throttle.recordFailure(ANN, "203.0.113.3");
        assertThat(lock).hasValueSatisfying(l -> {
            assertThat(l.scope()).isEqualTo(Scope.ACCOUNT);
            assertThat(l.remaining()).isEqualTo(Duration.ofMinutes(10));
        });
        // from any address, and whatever the case of the name
        assertThat(throttle.lockOf(Optional.of("ANN "), "198.51.100.7")).map(Lock::scope).contains(Scope.ACCOUNT);
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.lockOf(ANN, "198.51.100.7")).map(Lock::remaining).contains(Duration.ofMinutes(6));
        // other accounts are not affected
        assertThat(throttle.lockOf(Optional.of("bob"), "198.51.100.7")).isEmpty();
    }

    @Test
    void aLockEndsByItselfAndCountingStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(ANN, "203.0.113.1");
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.lockOf(ANN, "203.0.113.9")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockOf(ANN, "203.0.113.9")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.9")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.9")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.9")).isPresent();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        throttle.recordFailure(ANN, "203.0.113.1");
        throttle.recordFailure(ANN, "203.0.113.1");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isPresent();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        throttle.recordFailure(ANN, "203.0.113.1");
        throttle.recordFailure(ANN, "203.0.113.1");
        throttle.recordSuccess("Ann");
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isEmpty();
        assertThat(throttle.recordFailure(ANN, "203.0.113.1")).isEmpty();
        // the address has now failed 4 times: one more locks it, for every account
        assertThat(throttle.recordFailure(Optional.of("carl"), "203.0.113.1")).map(Lock::scope).contains(Scope.ADDRESS);
        assertThat(throttle.lockOf(Optional.of("dora"), "203.0.113.1")).map(Lock::scope).contains(Scope.ADDRESS);
        assertThat(throttle.lockOf(Optional.empty(), "203.0.113.1")).isPresent();
        assertThat(throttle.lockOf(Optional.of("dora"), "203.0.113.2")).isEmpty();
    }

    @Test
    void guessingManyAccountsFromOneAddressLocksTheAddress() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(Optional.of("user" + i), "203.0.113.5")).isEmpty();
        }
        assertThat(throttle.recordFailure(Optional.of("user4"), "203.0.113.5"))
                .hasValueSatisfying(l -> assertThat(l.scope()).isEqualTo(Scope.ADDRESS));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        for (int i = 1; i <= 5; i++) {
            throttle.recordFailure(Optional.of("user" + i), "2001:db8:1:2::" + Integer.toHexString(i));
        }
        assertThat(throttle.lockOf(Optional.empty(), "2001:db8:1:2:ffff::1")).map(Lock::scope).contains(Scope.ADDRESS);
        assertThat(throttle.lockOf(Optional.empty(), "2001:db8:1:3::1")).isEmpty();
        assertThat(LoginThrottle.addressKey("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottle.addressKey("203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void memoryStaysBoundedWhateverNamesAnAttackerInvents() {
        for (int i = 0; i < 10_000; i++) {
            throttle.recordFailure(Optional.of("invented-" + i + "x".repeat(1000)), "198.51.100." + (i % 250));
        }
        // Caffeine evicts asynchronously: cleanUp() applies what is pending
        throttle.cleanUp();
        assertThat(throttle.trackedCount()).isLessThanOrEqualTo(100);
    }
}
