package org.trendfinder.store.testing;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a {@link FaultProxy} does to requests: each request draws once from a seeded RNG and gets at most one
 * fault, with these probabilities (their sum must not exceed 1). Only requests whose operation is in
 * {@code targets} are eligible; an empty set means every operation.
 *
 * @param seed              seeds the RNG, so a sequence of requests meets the same faults on every run
 * @param resetRate         connection reset, in equal shares: before the request reaches S3, in the middle of the
 *                          request body, in the middle of the response
 * @param slowDownRate      HTTP 503 with an S3 {@code SlowDown} error body (throttling)
 * @param internalErrorRate HTTP 500 with an S3 {@code InternalError} error body
 * @param delayRate         the request is forwarded after {@code delay}
 * @param delay             the delay of a slow request
 * @param targets           the operations faults apply to; empty means all
 */
public record FaultPlan(long seed, double resetRate, double slowDownRate, double internalErrorRate, double delayRate,
                        Duration delay, Set<S3Operation> targets) {

    public FaultPlan {
        for (double rate : new double[] {resetRate, slowDownRate, internalErrorRate, delayRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rates are probabilities in [0, 1]: " + rate);
            }
        }
        if (resetRate + slowDownRate + internalErrorRate + delayRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault rates add up to more than 1");
        }
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive");
        }
        targets = targets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
    }

    /** Forwards everything untouched (the proxy still logs requests). */
    public static FaultPlan none() {
        return seeded(0);
    }

    /** No faults yet; add them with the {@code with...} methods. */
    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed, 0, 0, 0, 0, Duration.ZERO, Set.of());
    }

    public FaultPlan withResets(double rate) {
        return new FaultPlan(seed, rate, slowDownRate, internalErrorRate, delayRate, delay, targets);
    }

    public FaultPlan withSlowDowns(double rate) {
        return new FaultPlan(seed, resetRate, rate, internalErrorRate, delayRate, delay, targets);
    }

    public FaultPlan withInternalErrors(double rate) {
        return new FaultPlan(seed, resetRate, slowDownRate, rate, delayRate, delay, targets);
    }

    public FaultPlan withDelays(double rate, Duration newDelay) {
        return new FaultPlan(seed, resetRate, slowDownRate, internalErrorRate, rate, newDelay, targets);
    }

    public FaultPlan onlyFor(Set<S3Operation> operations) {
        return new FaultPlan(seed, resetRate, slowDownRate, internalErrorRate, delayRate, delay, operations);
    }

    public boolean appliesTo(S3Operation operation) {
        return targets.isEmpty() || targets.contains(operation);
    }

    /** Picks the fault for one request from a uniform draw in [0, 1). */
    Fault choose(double draw, double resetKind) {
        double edge = resetRate;
        if (draw < edge) {
            return resetKind < 1 / 3.0 ? Fault.RESET_BEFORE_UPSTREAM
                    : resetKind < 2 / 3.0 ? Fault.RESET_MID_REQUEST : Fault.RESET_MID_RESPONSE;
        }
        edge += slowDownRate;
        if (draw < edge) {
            return Fault.SLOW_DOWN_503;
        }
        edge += internalErrorRate;
        if (draw < edge) {
            return Fault.INTERNAL_ERROR_500;
        }
        edge += delayRate;
        if (draw < edge) {
            return Fault.DELAYED;
        }
        return Fault.NONE;
    }

    @Override
    public String toString() {
        return "FaultPlan[seed=" + seed + ", resets=" + resetRate + ", 503=" + slowDownRate + ", 500="
                + internalErrorRate + ", delays=" + delayRate + "x" + delay.toMillis() + "ms"
                + (targets.isEmpty() ? "" : ", only " + targets) + "]";
    }
}
