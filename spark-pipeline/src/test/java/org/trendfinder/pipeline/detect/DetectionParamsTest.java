package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.text.TextField;

class DetectionParamsTest {

    @Test
    void theNamedDefaultsAreTheDetectorsDocumentedValues() {
        assertThat(DetectionParams.defaults()).isEqualTo(new DetectionParams(Mode.DEFAULT, TextField.DEFAULTS, 3, 25,
                14, 0.002, 3, 3, 0.01, 3, 26, 10, 50, 2.0, new DetectionParams.Growth(26, 12, 0.05), 0.5));
        assertThat(DetectionParams.classic()).isEqualTo(new DetectionParams(Mode.CLASSIC,
                List.of(TextField.RESOURCES), 1, 25, 14, 0.005, 1, 1, 0.01, 0, 26, 1, 50, 2.0,
                DetectionParams.Growth.DEFAULT, 0.5));
    }

    @Test
    void aBuilderChangesOnlyWhatItNames() {
        DetectionParams p = DetectionParams.classic().toBuilder().topK(7).growth(DetectionParams.Growth.OFF).build();
        assertThat(p.topK()).isEqualTo(7);
        assertThat(p.growth()).isEqualTo(DetectionParams.Growth.OFF);
        assertThat(p.toBuilder().topK(25).growth(DetectionParams.Growth.DEFAULT).build())
                .isEqualTo(DetectionParams.classic());
        assertThat(DetectionParams.defaults().withGrowth(DetectionParams.Growth.OFF).growth().weeks()).isZero();
    }

    @Test
    void buildValidates() {
        assertThatThrownBy(() -> DetectionParams.defaults().toBuilder().maxNgram(7).build())
                .hasMessageContaining("maxNgram");
    }
}
