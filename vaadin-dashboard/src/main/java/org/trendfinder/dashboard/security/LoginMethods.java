package org.trendfinder.dashboard.security;

import java.util.List;

/**
 * How people get in, decided once at start-up.
 *
 * @param open      the demo profile: no login at all (allowed on a loopback address only)
 * @param passwords users from the settings can log in with the login form
 * @param providers OpenID Connect providers offered on the login page
 */
public record LoginMethods(boolean open, boolean passwords, List<Provider> providers) {

    /** An OpenID Connect provider: its registration id (the path {@code /oauth2/authorization/{id}}) and name. */
    public record Provider(String registrationId, String name) {

        public String authorizationPath() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    public boolean any() {
        return open || passwords || !providers.isEmpty();
    }
}
