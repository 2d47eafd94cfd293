package org.trendfinder.dashboard.base.ui;

import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.StoreStatus;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

/**
 * The frame of every view: app title, side navigation, a banner while the store is unreachable, and the
 * logged-in user with a log-out button. The navigation lists the views that carry {@code @Menu}, in their
 * order, so this layout knows no feature view.
 */
@PermitAll
@Layout
@StyleSheet("context://styles/dashboard.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final RunCatalog catalog;
    private final Div banner = new Div();
    private Button logout;

    public MainLayout(RunCatalog catalog, AuthenticationContext auth) {
        this.catalog = catalog;
        Span title = new Span("TrendFinder");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        banner.addClassName("tf-banner");
        banner.setId("store-banner");
        banner.setVisible(false);
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, banner);
        // No user in the open demo: nothing to log out of.
        auth.getPrincipalName().ifPresent(name -> {
            Span user = new Span(name);
            user.setId("user-name");
            user.addClassName("tf-user");
            logout = new Button("Log out", e -> auth.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout account = new HorizontalLayout(user, logout);
            account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            account.addClassName("tf-account");
            navbar.addToEnd(account);
        });
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.setSpacing(true);
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(),
                entry.menuClass())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        StoreStatus status = catalog.status();
        banner.setVisible(!status.reachable());
        banner.setText(status.reachable() ? "" : "Store unreachable: showing the runs read before.");
    }

    /** The log-out button; null when nobody is logged in (the open demo). */
    public Button logout() {
        return logout;
    }

    public Div banner() {
        return banner;
    }
}
