package org.trendfinder.dashboard.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A successful login (Spring Security's event, published for the form and for OpenID Connect alike): audited,
 * and the account's earlier failures are forgotten.
 */
final class LoginSuccessListener {

    private final LoginThrottle throttle;
    private final LoginAudit audit;

    LoginSuccessListener(LoginThrottle throttle, LoginAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        boolean oidc = auth instanceof OAuth2LoginAuthenticationToken;
        // an OpenID Connect subject is an opaque number: the e-mail address tells an operator who it was
        String user = auth.getPrincipal() instanceof OidcUser u && u.getEmail() != null ? u.getEmail() : auth.getName();
        String address = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        throttle.recordSuccess(user);
        audit.success(oidc ? LoginAudit.Method.OIDC : LoginAudit.Method.FORM, user, address);
    }
}
