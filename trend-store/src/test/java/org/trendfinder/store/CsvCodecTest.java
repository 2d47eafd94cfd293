package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvCodecTest {

    @Test
    void writesRfc4180WithPlainNumbers() {
        CsvTable t = CsvTable.builder("term", "share", "projects")
                .row("say \"hi\", there", 0.0001, 12L)
                .row("multi\nline", Double.NaN, 3.0)
                .build();
        String csv = new String(CsvCodec.write(t), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("term,share,projects\r\n\"say \"\"hi\"\", there\",0.0001,12\r\n\"multi\nline\",,3\r\n");
        assertThat(CsvCodec.read("x.csv", csv.getBytes(StandardCharsets.UTF_8))).isEqualTo(t);
    }

    @Test
    void namesFileAndRowOnRaggedRows() {
        byte[] bad = "a,b\r\n1,2\r\n3\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvCodec.read("run/df.csv", bad))
                .isInstanceOf(StoreFormatException.class)
                .hasMessageContaining("run/df.csv").hasMessageContaining("row 3");
    }

    @Test
    void refusesNonUtf8AndEmptyFiles() {
        assertThatThrownBy(() -> CsvCodec.read("f.csv", new byte[] {'a', (byte) 0xff, '\n'}))
                .isInstanceOf(StoreFormatException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> CsvCodec.read("f.csv", new byte[0]))
                .isInstanceOf(StoreFormatException.class).hasMessageContaining("no header");
    }
}
