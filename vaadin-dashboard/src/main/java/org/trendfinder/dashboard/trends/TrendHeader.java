package org.trendfinder.dashboard.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.trendfinder.dashboard.base.ui.Formats;
import org.trendfinder.dashboard.changes.RunStrip;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The top of a trend's view: its name and kinds, its figures, the terms grouped into it, the runs that reported it. */
class TrendHeader extends Div {

    TrendHeader(TrendRow trend, LocalDate date, List<LocalDate> reportedIn) {
        H2 name = new H2(trend.trend());
        name.setId("trend-name");
        Div title = new Div(name);
        title.addClassName("tf-title");
        if (!trend.kinds().isEmpty()) {
            KindBadges badges = new KindBadges(trend.kinds());
            badges.setId("trend-kinds");
            title.add(badges);
        }
        Paragraph summary = new Paragraph(String.format(Locale.ROOT,
                "Rank %d \u00b7 score %s \u00b7 %s projects in the current window \u00b7 share %s now vs %s before"
                        + " (lift %s)", trend.rank(), Formats.decimal(trend.score(), 2),
                Formats.count(trend.currentProjects()), Formats.percent(trend.currentShare()),
                Formats.percent(trend.baselineShare()), Formats.lift(trend.lift())));
        summary.addClassName("tf-panel-desc");
        add(title, summary);
        if (!trend.also().isEmpty()) {
            Paragraph also = new Paragraph("Also: " + String.join(", ", trend.also())
                    + " (terms found in the same projects, reported as this one trend)");
            also.setId("trend-also");
            also.addClassName("tf-panel-desc");
            add(also);
        }
        if (!reportedIn.isEmpty()) {
            add(new RunStrip(trend.slug(), reportedIn, date));
        }
    }
}
