package org.trendfinder.dashboard.base.ui;

import java.util.List;

/**
 * Colours every chart uses. Categorical: Okabe &amp; Ito's colour-blind-safe palette, which ECharts cycles
 * through for any number of series. Sequential: viridis stops, readable with every common colour-vision
 * deficiency and in greyscale.
 */
public final class Palette {

    public static final List<String> CATEGORICAL = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    public static final List<String> SEQUENTIAL = List.of("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154");

    private Palette() {
    }

    /** The colour of the {@code i}-th category: the palette repeats past its end. */
    public static String categorical(int i) {
        return CATEGORICAL.get(Math.floorMod(i, CATEGORICAL.size()));
    }
}
