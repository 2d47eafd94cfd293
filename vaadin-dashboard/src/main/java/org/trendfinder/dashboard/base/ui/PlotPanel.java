package org.trendfinder.dashboard.base.ui;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.store.PlotData;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A titled card around one plot: a toolbar (toggles, pickers), a CSV download of the plot's data, and
 * either the content or a friendly message when the run lacks the plot or it cannot be read.
 */
public class PlotPanel extends Section {

    private static final Logger LOG = LoggerFactory.getLogger(PlotPanel.class);

    private final Div head = new Div();
    private final Div toolbar = new Div();
    private final Div body = new Div();
    private final String title;
    private Anchor download;

    /**
     * Where the plot's data can be downloaded as CSV.
     *
     * @param href     the address, relative to the application root (a data endpoint behind the same login)
     * @param fileName the name the browser saves it as
     */
    public record Download(String href, String fileName) {
    }

    public PlotPanel(String title, String description) {
        this.title = title;
        addClassName("tf-panel");
        head.addClassName("tf-panel-head");
        head.add(new H3(title));
        toolbar.addClassName("tf-toolbar");
        body.setWidthFull();
        add(head);
        if (description != null) {
            Paragraph p = new Paragraph(description);
            p.addClassName("tf-panel-desc");
            add(p);
        }
        add(toolbar, body);
    }

    public String title() {
        return title;
    }

    public PlotPanel wide() {
        addClassName("tf-wide");
        return this;
    }

    public void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    public Div toolbar() {
        return toolbar;
    }

    public void setContent(Component... content) {
        body.removeAll();
        body.add(content);
    }

    /** Shows what {@code data} holds: the content built from the table, or a message saying why not. */
    public boolean show(PlotData data, Download csv, Function<PlotData.Available, Component> content) {
        if (data instanceof PlotData.Available a && !a.table().isEmpty()) {
            try {
                setContent(content.apply(a));
                setDownload(csv);
                return true;
            } catch (RuntimeException e) {
                // A table with the right file name but wrong columns or values: say so, keep the page.
                LOG.warn("cannot show {}: {}", csv.fileName(), e.toString());
                showMessage("The data for \u201c" + title + "\u201d could not be read.");
            }
        } else if (data instanceof PlotData.Available) {
            showMessage("No data for \u201c" + title + "\u201d in this run.");
        } else if (data instanceof PlotData.Missing) {
            showMessage("This run has no \u201c" + title + "\u201d for this trend.");
        } else if (data instanceof PlotData.Unreadable u) {
            LOG.warn("unreadable {}: {}", u.key(), u.reason());
            showMessage("The data for \u201c" + title + "\u201d could not be read.");
        }
        return false;
    }

    public void showMessage(String message) {
        toolbar.setVisible(false);
        if (download != null) {
            download.setVisible(false);
        }
        Paragraph p = new Paragraph(message);
        p.addClassName("tf-message");
        setContent(p);
    }

    private void setDownload(Download csv) {
        if (download == null) {
            download = new Anchor();
            download.setText("Download CSV");
            // A plain link: the browser fetches the file, the Vaadin router stays out of it.
            download.setRouterIgnore(true);
            download.addClassName("tf-download");
            head.add(download);
        }
        download.setHref(csv.href());
        download.getElement().setAttribute("download", csv.fileName());
        download.setVisible(true);
        toolbar.setVisible(true);
    }

    public Anchor download() {
        return download;
    }
}
