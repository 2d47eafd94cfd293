package org.trendfinder.dashboard.security;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Throttling of failed logins ({@code trendfinder.security.login-throttle.*}): password guessing against one
 * account, or from one client address, is stopped by a temporary lock.
 *
 * @param maxFailures           failed logins for one account within {@code window} that lock the account
 * @param maxFailuresPerAddress failed logins from one client address (any accounts) within {@code window} that
 *                              lock the address; higher than {@code maxFailures} because an office shares one
 * @param window                how far back failures count
 * @param lockDuration          how long a lock lasts; it ends by itself, even the right password is refused until then
 * @param maxTracked            accounts and addresses remembered at once: bounds the memory whatever an attacker sends
 */
@Validated
@ConfigurationProperties("trendfinder.security.login-throttle")
public record LoginThrottleSettings(
        @Min(1) @Max(1000) @DefaultValue("5") int maxFailures,
        @Min(1) @Max(100_000) @DefaultValue("20") int maxFailuresPerAddress,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration window,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration lockDuration,
        @Min(100) @Max(10_000_000) @DefaultValue("100000") int maxTracked) {
}
