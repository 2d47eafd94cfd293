package org.trendfinder.dashboard.trends;

import java.util.Map;

import org.trendfinder.dashboard.base.ui.DashboardView;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.runs.RunListView;
import org.trendfinder.store.DashboardRoutes;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The start page: forwards to the newest run's trends, or says that the store has no runs yet. */
@PermitAll
@Route(value = DashboardRoutes.LATEST, layout = MainLayout.class)
@PageTitle("Trends | TrendFinder")
@Menu(title = "Trends", order = 0)
public class LatestTrendsView extends DashboardView implements BeforeEnterObserver {

    private final TrendService trends;

    public LatestTrendsView(TrendService trends) {
        super("no-runs");
        this.trends = trends;
        add(new H2("No runs yet"),
                new Paragraph("The store has no published run. Runs appear here once the pipeline publishes them."),
                new RouterLink("Runs", RunListView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        trends.latest().ifPresent(date -> event.forwardTo(TrendsView.class,
                new RouteParameters(Map.of(TrendsView.DATE, date.toString()))));
    }
}
