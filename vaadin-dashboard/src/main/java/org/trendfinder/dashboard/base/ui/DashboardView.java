package org.trendfinder.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A page of the dashboard: styled as a view ({@code tf-view}, see styles.css) and found by its id, which the
 * browser tests and the page's own links rely on.
 */
public abstract class DashboardView extends Div {

    protected DashboardView(String id) {
        addClassName("tf-view");
        setId(id);
    }
}
