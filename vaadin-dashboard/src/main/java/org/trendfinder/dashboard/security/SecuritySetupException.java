package org.trendfinder.dashboard.security;

/** The login set-up cannot work (nothing configured, or the open demo facing a network): start-up stops. */
public class SecuritySetupException extends IllegalStateException {

    private final String action;

    public SecuritySetupException(String problem, String action) {
        super(problem + " " + action);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
