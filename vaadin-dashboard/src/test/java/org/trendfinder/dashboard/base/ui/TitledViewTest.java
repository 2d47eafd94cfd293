package org.trendfinder.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitledViewTest {

    static final class Example extends TitledView {
        Example() {
            super("example-view", "Example");
        }
    }

    @Test
    void aViewIsStyledFoundByItsIdAndTitledWithTheApplicationsName() {
        Example view = new Example();
        assertThat(view.getId()).contains("example-view");
        assertThat(view.getClassNames()).containsExactly("tf-view");
        assertThat(view.getPageTitle()).isEqualTo("Example | TrendFinder");
        view.showTitle("Run 2018-03-14");
        assertThat(view.getPageTitle()).isEqualTo("Run 2018-03-14 | TrendFinder");
    }
}
