package org.trendfinder.dashboard.changes;

import java.time.LocalDate;
import java.util.List;

import org.trendfinder.dashboard.trends.TrendsView;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The run dates in which a trend was reported, oldest first, each linked to the trend in that run. */
public class RunStrip extends Div {

    public RunStrip(String slug, List<LocalDate> reported, LocalDate current) {
        setId("run-strip");
        addClassName("tf-strip");
        add(new Span("Reported in " + reported.size() + (reported.size() == 1 ? " run: " : " runs: ")));
        for (LocalDate d : reported) {
            RouterLink link = new RouterLink(d.toString(), TrendsView.class, TrendsView.params(d, slug));
            link.addClassName("tf-strip-run");
            if (d.equals(current)) {
                link.addClassName("tf-current");
            }
            add(link);
        }
    }
}
