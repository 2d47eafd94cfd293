package org.trendfinder.dashboard.base.ui;

import java.util.List;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The radio-button toggles of the panels' toolbars (counts or shares, a rolling window ...). */
public final class Toggles {

    private Toggles() {
    }

    /** A toggle with its element id, label, choices and initial choice. */
    public static RadioButtonGroup<String> of(String id, String label, List<String> items, String value) {
        RadioButtonGroup<String> g = new RadioButtonGroup<>(label);
        g.setId(id);
        g.setItems(items);
        g.setValue(value);
        return g;
    }
}
