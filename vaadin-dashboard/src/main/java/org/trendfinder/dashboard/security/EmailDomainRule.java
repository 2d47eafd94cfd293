package org.trendfinder.dashboard.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Accepts an OpenID Connect login only for a verified e-mail address in one domain (a Google Workspace, say):
 * any Google account can otherwise complete the sign-in.
 */
public final class EmailDomainRule {

    private final Optional<String> domain;

    public EmailDomainRule(Optional<String> domain) {
        this.domain = domain;
    }

    public boolean allows(String email, Boolean emailVerified) {
        if (domain.isEmpty()) {
            return true;
        }
        return email != null && Boolean.TRUE.equals(emailVerified)
                && email.toLowerCase(Locale.ROOT).endsWith("@" + domain.get());
    }

    /** Spring's OIDC user service, refusing users this rule does not allow. */
    public OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            if (!allows(user.getEmail(), user.getEmailVerified())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "only verified accounts of " + domain.orElse("") + " may sign in", null));
            }
            return user;
        };
    }
}
