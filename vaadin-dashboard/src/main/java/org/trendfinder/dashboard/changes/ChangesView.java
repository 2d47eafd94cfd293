package org.trendfinder.dashboard.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.base.ui.TitledView;
import org.trendfinder.dashboard.trends.TrendsView;
import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.StoreLayout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /runs/2018-03-14/changes}: what changed since the previous run. New trends, trends still reported
 * (rank then and now) and trends that dropped out, each linked to its trend view (a dropped trend to the run
 * that last reported it).
 */
@PermitAll
@Route(value = DashboardRoutes.RUN_CHANGES, layout = MainLayout.class)
public class ChangesView extends TitledView implements BeforeEnterObserver {

    private final ChangesService service;

    public ChangesView(ChangesService service) {
        super("changes-view", "Changes");
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> text = event.getRouteParameters().get(TrendsView.DATE);
        Optional<LocalDate> date = text.flatMap(StoreLayout::parseRunDate);
        ChangesService.Outcome outcome = date.map(service::changes).orElseGet(ChangesService.Outcome.NoRun::new);
        if (outcome instanceof ChangesService.Outcome.NoRun) {
            event.rerouteToError(NotFoundException.class, "There is no run dated \u201c" + text.orElse("")
                    + "\u201d. Pick one from the list of runs.");
            return;
        }
        removeAll();
        showTitle("Changes in the run of " + date.get());
        add(new H2("What changed in the run of " + date.get()));
        RouterLink back = new RouterLink("Trends of this run", TrendsView.class, TrendsView.params(date.get(), null));
        back.setId("changes-trends-link");
        add(back);
        if (outcome instanceof ChangesService.Outcome.Unreadable u) {
            add(message("The trend list of the run of " + u.date() + " could not be read."));
            return;
        }
        RunChanges changes = ((ChangesService.Outcome.Compared) outcome).changes();
        Paragraph since = new Paragraph(changes.previous()
                .map(p -> "Compared with the previous run, of " + p + ".")
                .orElse("This is the first run in the store: every trend is new."));
        since.setId("changes-since");
        since.addClassName("tf-panel-desc");
        add(since);
        LocalDate now = changes.date();
        add(section("changes-new", "New", changes.added(), e -> now,
                e -> "rank " + e.rankNow().getAsInt()));
        add(section("changes-continuing", "Still trending", changes.continuing(), e -> now, ChangesView::movement));
        add(section("changes-dropped", "Dropped out", changes.dropped(), e -> changes.previous().orElse(now),
                e -> "was rank " + e.rankBefore().getAsInt()));
    }

    static String movement(RunChanges.Entry e) {
        int climbed = e.climbed();
        String move = climbed > 0 ? "\u2191 " + climbed : climbed < 0 ? "\u2193 " + -climbed : "unchanged";
        return "rank " + e.rankBefore().getAsInt() + " \u2192 " + e.rankNow().getAsInt() + " (" + move + ")";
    }

    private static Div section(String id, String heading, List<RunChanges.Entry> entries,
                               Function<RunChanges.Entry, LocalDate> runOf,
                               Function<RunChanges.Entry, String> detail) {
        Div section = new Div(new H3(heading + " (" + entries.size() + ")"));
        section.setId(id);
        section.addClassName("tf-changes");
        if (entries.isEmpty()) {
            section.add(message("None."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (RunChanges.Entry e : entries) {
            RouterLink link = new RouterLink(e.trend(), TrendsView.class, TrendsView.params(runOf.apply(e), e.slug()));
            Span what = new Span(" \u00b7 " + detail.apply(e));
            what.addClassName("tf-panel-desc");
            list.add(new ListItem(link, what));
        }
        section.add(list);
        return section;
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("tf-message");
        return p;
    }

    public static com.vaadin.flow.router.RouteParameters params(LocalDate date) {
        return TrendsView.params(date, null);
    }
}
