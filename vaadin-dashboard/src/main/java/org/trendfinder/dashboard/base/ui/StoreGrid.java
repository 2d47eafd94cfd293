package org.trendfinder.dashboard.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.trendfinder.store.CsvTable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A read-only grid over some columns of a store table: cells as text (never HTML), numbers through {@link Formats}. */
public final class StoreGrid {

    private StoreGrid() {
    }

    /** Columns the table lacks (older runs) are left out. */
    public static Grid<List<String>> of(CsvTable t, List<String> columns, List<String> headers, String id) {
        Grid<List<String>> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setHeight("300px");
        for (int i = 0; i < columns.size(); i++) {
            if (!t.hasColumn(columns.get(i))) {
                continue;
            }
            int c = t.column(columns.get(i));
            UnaryOperator<String> format = Formats.column(columns.get(i));
            g.addColumn(row -> format.apply(row.get(c))).setHeader(headers.get(i)).setKey(columns.get(i))
                    .setSortable(true).setResizable(true).setComparator(row -> sortKey(row.get(c)));
        }
        g.setItems(t.rows());
        return g;
    }

    /** Numbers sort as numbers, text as text. */
    private static String sortKey(String cell) {
        try {
            return String.format(Locale.ROOT, "%030.10f", Double.parseDouble(cell) + 1e15);
        } catch (NumberFormatException e) {
            return "~" + cell;
        }
    }
}
