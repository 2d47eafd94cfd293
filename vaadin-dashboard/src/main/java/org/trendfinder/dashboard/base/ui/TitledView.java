package org.trendfinder.dashboard.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose browser title names what it shows (a run, a trend), known only once the route is read. Every
 * title ends in {@value #SUFFIX}, so a tab says which application it belongs to.
 */
public abstract class TitledView extends DashboardView implements HasDynamicTitle {

    static final String SUFFIX = " | TrendFinder";

    private String title;

    /** @param title the title until the route names something, e.g. "Trends" */
    protected TitledView(String id, String title) {
        super(id);
        showTitle(title);
    }

    /** Titles the page {@code what}, e.g. "Run 2018-03-14". */
    protected final void showTitle(String what) {
        title = what + SUFFIX;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
