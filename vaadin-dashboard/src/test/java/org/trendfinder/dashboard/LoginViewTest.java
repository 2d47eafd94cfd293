package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.security.LoginMethods;
import org.trendfinder.dashboard.security.LoginView;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** The login page shows what is configured: the form for users, a link per OpenID Connect provider. */
class LoginViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static LoginView show(LoginMethods methods) {
        LoginView view = new LoginView(methods);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void usersOnlyShowTheFormAndNoProviders() {
        LoginView view = show(new LoginMethods(false, true, List.of()));
        assertThat(view.form().isVisible()).isTrue();
        assertThat(view.form().getAction()).isEqualTo("login");
        // Karibu's locators see only visible components: look the hidden one up in the view itself
        assertThat(view.getChildren().filter(c -> c.getId().equals(java.util.Optional.of("login-providers"))))
                .singleElement().satisfies(providers -> assertThat(providers.isVisible()).isFalse());
    }

    @Test
    void openIdConnectOnlyShowsALinkPerProviderAndNoForm() {
        LoginView view = show(new LoginMethods(false, false,
                List.of(new LoginMethods.Provider("google", "Google"), new LoginMethods.Provider("okta", "Okta"))));
        assertThat(view.form().isVisible()).isFalse();
        Anchor google = _get(Anchor.class, s -> s.withId("login-google"));
        assertThat(google.getText()).isEqualTo("Sign in with Google");
        assertThat(google.getHref()).isEqualTo("oauth2/authorization/google");
        assertThat(google.isRouterIgnore()).isTrue();
        assertThat(_get(Anchor.class, s -> s.withId("login-okta")).getHref()).isEqualTo("oauth2/authorization/okta");
    }

    @Test
    void bothCanBeOffered() {
        LoginView view = show(new LoginMethods(false, true, List.of(new LoginMethods.Provider("google", "Google"))));
        assertThat(view.form().isVisible()).isTrue();
        assertThat(_get(Anchor.class, s -> s.withId("login-google")).isVisible()).isTrue();
    }
}
