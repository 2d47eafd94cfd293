package org.trendfinder.dashboard.security;

import org.trendfinder.dashboard.trends.LatestTrendsView;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page: the login form when users are configured, a "Sign in with ..." link per OpenID Connect
 * provider. The form posts to Spring Security's {@code /login}; in the open demo this page forwards to the
 * trends.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Log in | TrendFinder")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    private final LoginMethods methods;
    private final LoginForm form = new LoginForm();

    public LoginView(LoginMethods methods) {
        this.methods = methods;
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(new H1("TrendFinder"));

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage().setMessage("Check them and try again.");
        form.setI18n(i18n);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        form.setVisible(methods.passwords());
        add(form);

        Div providers = new Div();
        providers.setId("login-providers");
        providers.addClassName("tf-login-providers");
        for (LoginMethods.Provider p : methods.providers()) {
            Anchor link = new Anchor(p.authorizationPath(), "Sign in with " + p.name());
            // A full page load: Spring Security, not the Vaadin router, handles this address.
            link.setRouterIgnore(true);
            link.setId("login-" + p.registrationId());
            providers.add(link);
        }
        providers.setVisible(!methods.providers().isEmpty());
        add(providers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (methods.open()) {
            event.forwardTo(LatestTrendsView.class);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        if (failed && !methods.passwords()) {
            add(new Paragraph("Sign-in was refused."));
        }
    }

    public LoginForm form() {
        return form;
    }
}
