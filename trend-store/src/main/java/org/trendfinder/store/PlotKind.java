package org.trendfinder.store;

/** Whether a plot folder holds a chart ({@code df.csv} + {@code kwargs.json}) or a table ({@code df.csv} only). */
public enum PlotKind {
    CHART,
    TABLE
}
