package org.trendfinder.dashboard.trends;

import java.util.Set;

import org.trendfinder.store.TrendKind;

import com.vaadin.flow.component.html.Span;

/** A trend's kinds as small labelled badges: "surging" (a burst in the current window), "growing" (over the year). */
public class KindBadges extends Span {

    public KindBadges(Set<TrendKind> kinds) {
        addClassName("tf-badges");
        for (TrendKind k : kinds) {
            Span badge = new Span(k.label());
            badge.addClassNames("tf-badge", "tf-badge-" + k.label());
            badge.getElement().setAttribute("title", describe(k));
            add(badge);
        }
    }

    static String describe(TrendKind kind) {
        return switch (kind) {
            case SURGING -> "surging: its share in the current window rose beyond its recent and seasonal baselines";
            case GROWING -> "growing: its share rose steadily over the last year, against the same weeks a year earlier";
        };
    }
}
