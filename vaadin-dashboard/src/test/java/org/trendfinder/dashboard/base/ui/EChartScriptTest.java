package org.trendfinder.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EChartScriptTest {

    @Test
    void theScriptIsTheWebjarOfThePomsVersion() {
        String version = EChart.echartsVersion();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(EChart.ECHARTS_SCRIPT).isEqualTo("context://webjars/echarts/" + version + "/dist/echarts.min.js");
        // the file the browser will ask for is in the webjar on the class path
        String resource = "META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
        assertThat(EChart.class.getClassLoader().getResource(resource)).as(resource).isNotNull();
    }
}
