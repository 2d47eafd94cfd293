package org.trendfinder.dashboard.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link SecuritySetupException} as Boot's short "APPLICATION FAILED TO START" report, not a stack trace. */
public class SecuritySetupFailureAnalyzer extends AbstractFailureAnalyzer<SecuritySetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecuritySetupException cause) {
        return new FailureAnalysis(cause.getMessage().substring(0, cause.getMessage().length() - cause.action().length()).trim(),
                cause.action(), cause);
    }
}
