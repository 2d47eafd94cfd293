package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisParamsTest {

    @Test
    void theNamedDefaultsAreTheDocumentedValues() {
        assertThat(AnalysisParams.defaults()).isEqualTo(new AnalysisParams(90, 0.05, 8, 0.045, 5, 0.5, 24, 10, 20));
    }

    @Test
    void aBuilderChangesOnlyWhatItNamesAndValidates() {
        AnalysisParams p = AnalysisParams.defaults().toBuilder().recentDays(30).build();
        assertThat(p.recentDays()).isEqualTo(30);
        assertThat(p.toBuilder().recentDays(90).build()).isEqualTo(AnalysisParams.defaults());
        assertThatThrownBy(() -> p.toBuilder().examples(0).build()).hasMessageContaining("examples");
    }
}
