package org.trendfinder.dashboard.runs;

import java.util.List;

import org.trendfinder.dashboard.base.ui.DashboardView;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.trends.TrendsView;
import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.RunManifest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Every published run, newest first, with a link to its trends and to its run details. */
@PermitAll
@Route(value = DashboardRoutes.RUNS, layout = MainLayout.class)
@PageTitle("Runs | TrendFinder")
@Menu(title = "Runs", order = 1)
public class RunListView extends DashboardView {

    /** One line of the list. */
    public record RunLine(String date, String mode, int trends, long projectsUsed, String createdAt) {
    }

    private final RunService runs;
    private final Grid<RunLine> grid = new Grid<>(RunLine.class, false);
    private final Paragraph status = new Paragraph();

    public RunListView(RunService runs) {
        super("runs-view");
        this.runs = runs;
        grid.setId("run-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(l -> new RouterLink(l.date(), TrendsView.class,
                TrendsView.params(java.time.LocalDate.parse(l.date()), null))).setHeader("Run date")
                .setKey("date").setComparator(RunLine::date).setSortable(true);
        grid.addColumn(RunLine::trends).setHeader("Trends").setKey("trends").setSortable(true);
        grid.addColumn(RunLine::projectsUsed).setHeader("Projects used").setKey("projects").setSortable(true);
        grid.addColumn(RunLine::mode).setHeader("Mode").setKey("mode");
        grid.addColumn(RunLine::createdAt).setHeader("Published").setKey("created");
        grid.addComponentColumn(l -> new RouterLink("details", RunInfoView.class,
                RunInfoView.params(java.time.LocalDate.parse(l.date())))).setHeader("").setKey("info");
        Button refresh = new Button("Check for new runs", e -> load(true));
        refresh.setId("refresh-runs");
        status.addClassName("tf-panel-desc");
        add(new H2("Runs"), new Div(refresh), status, grid);
        load(false);
    }

    private void load(boolean refresh) {
        RunService.RunList list = runs.runs(refresh);
        var st = list.status();
        List<RunLine> lines = list.manifests().stream().map(RunListView::line).toList();
        grid.setItems(lines);
        status.setText(lines.size() + " runs in " + st.location()
                + (st.reachable() ? "" : " \u2013 store unreachable, showing the runs read before"));
    }

    private static RunLine line(RunManifest m) {
        return new RunLine(m.runDate(), m.mode() == null ? "" : m.mode(), m.trends(),
                m.input() == null ? 0 : m.input().projectsUsed(), m.createdAt() == null ? "" : m.createdAt());
    }

    public Grid<RunLine> grid() {
        return grid;
    }

    public String statusText() {
        return status.getText();
    }
}
