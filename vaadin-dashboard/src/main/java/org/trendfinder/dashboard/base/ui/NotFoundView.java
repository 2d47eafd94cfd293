package org.trendfinder.dashboard.base.ui;

import org.trendfinder.store.DashboardRoutes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Any unknown address, run date or trend: a friendly page with a way back, never a stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends DashboardView implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        super("not-found");
        add(new H2("Not found"), message, linkTo(DashboardRoutes.RUNS, "See all runs"));
    }

    /**
     * A router link to the view registered at {@code path}, found by its path so that this shared page depends on
     * no feature view; a plain link if no view has the path.
     */
    private static Component linkTo(String path, String text) {
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .<Component>map(view -> new RouterLink(text, view))
                .orElseGet(() -> new Anchor(path, text));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        message.setText(custom.isEmpty() ? "There is nothing at this address." : custom);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    public String message() {
        return message.getText();
    }
}
