package org.trendfinder.dashboard.runs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trendfinder.dashboard.base.ui.Formats;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.base.ui.TitledView;
import org.trendfinder.dashboard.changes.ChangesView;
import org.trendfinder.dashboard.trends.TrendsView;
import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.StoreLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** What a run read and did, from its manifest: input rows, rejections with samples, windows, parameters, timings, notes. */
@PermitAll
@Route(value = DashboardRoutes.RUN_INFO, layout = MainLayout.class)
public class RunInfoView extends TitledView implements BeforeEnterObserver {

    /** A name/value line of a small table. */
    public record Entry(String name, String value) {
    }

    private final RunService runs;

    public RunInfoView(RunService runs) {
        super("run-info", "Run");
        this.runs = runs;
    }

    public static RouteParameters params(LocalDate date) {
        return new RouteParameters(Map.of(TrendsView.DATE, date.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> text = event.getRouteParameters().get(TrendsView.DATE);
        Optional<RunManifest> manifest = text.flatMap(StoreLayout::parseRunDate).flatMap(runs::manifest);
        if (manifest.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no run dated \u201c" + text.orElse("") + "\u201d.");
            return;
        }
        show(manifest.get());
    }

    private void show(RunManifest m) {
        removeAll();
        LocalDate date = LocalDate.parse(m.runDate());
        showTitle("Run " + m.runDate());
        add(new H2("Run of " + m.runDate()),
                new RouterLink("Trends of this run", TrendsView.class, TrendsView.params(date, null)),
                new Div(new RouterLink("What changed since the previous run", ChangesView.class,
                        ChangesView.params(date))));
        add(table("run-summary", "Summary", List.of(
                new Entry("Published", nz(m.createdAt())), new Entry("Attempt", nz(m.attempt())),
                new Entry("Pipeline version", nz(m.pipelineVersion())), new Entry("Mode", nz(m.mode())),
                new Entry("Trends", Integer.toString(m.trends())))));
        RunManifest.Input in = m.input();
        if (in != null) {
            List<Entry> read = new ArrayList<>();
            read.add(new Entry("Source", nz(in.source()) + (in.format() == null ? "" : " (" + in.format() + ")")));
            read.add(new Entry("Projects used", Formats.count(in.projectsUsed())));
            mapEntries(in.rowsRead()).forEach(e -> read.add(new Entry("Rows read: " + e.name(), e.value())));
            add(table("run-input", "Input", read));
            add(table("run-rejected", "Rows rejected, by reason", mapEntries(in.rowsRejected())));
            if (in.rejectedSamples() != null && !in.rejectedSamples().isEmpty()) {
                Grid<RunManifest.RejectedRow> samples = new Grid<>();
                samples.setId("run-rejected-samples");
                samples.addThemeVariants(GridVariant.LUMO_COMPACT);
                samples.setAllRowsVisible(true);
                samples.addColumn(RunManifest.RejectedRow::file).setHeader("File").setAutoWidth(true);
                samples.addColumn(RunManifest.RejectedRow::row).setHeader("Row").setAutoWidth(true);
                samples.addColumn(RunManifest.RejectedRow::field).setHeader("Field").setAutoWidth(true);
                samples.addColumn(RunManifest.RejectedRow::reason).setHeader("Reason").setAutoWidth(true);
                samples.addColumn(RunManifest.RejectedRow::value).setHeader("Value");
                samples.setItems(in.rejectedSamples());
                add(new H3("Sample of rejected rows"), samples);
            }
        }
        List<Entry> windows = new ArrayList<>();
        if (m.windows() != null) {
            m.windows().forEach((k, w) -> windows.add(new Entry(k, nz(w.from()) + " \u2013 " + nz(w.to())
                    + (w.description() == null ? "" : " (" + w.description() + ")"))));
        }
        add(table("run-windows", "Windows", windows));
        List<Entry> params = new ArrayList<>();
        if (m.parameters() != null) {
            m.parameters().forEach((k, v) -> params.add(new Entry(k, String.valueOf(v))));
        }
        add(table("run-parameters", "Parameters", params));
        add(table("run-timings", "Timings (ms)", mapEntries(m.timingsMillis())));
        add(new H3("Notes"));
        if (m.notes() == null || m.notes().isEmpty()) {
            add(new Paragraph("No notes."));
        } else {
            UnorderedList notes = new UnorderedList();
            notes.setId("run-notes");
            m.notes().forEach(n -> notes.add(new ListItem(n)));
            add(notes);
        }
    }

    private static List<Entry> mapEntries(Map<String, Long> map) {
        List<Entry> out = new ArrayList<>();
        if (map != null) {
            map.forEach((k, v) -> out.add(new Entry(k, v == null ? "" : Formats.count(v))));
        }
        return out;
    }

    private Div table(String id, String heading, List<Entry> entries) {
        Div box = new Div(new H3(heading));
        if (entries.isEmpty()) {
            box.add(new Paragraph("None."));
            return box;
        }
        Grid<Entry> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.addColumn(Entry::name).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        g.addColumn(Entry::value).setHeader("Value");
        g.setItems(entries);
        box.add(g);
        return box;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
