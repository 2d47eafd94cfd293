package org.trendfinder.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a local folder: writes create missing parent folders and replace an existing file. */
class HadoopStoreFilesLocalTest {

    @TempDir
    Path dir;

    @Test
    void writesNestedKeysAndOverwrites() throws Exception {
        HadoopStoreFiles files = new HadoopStoreFiles(dir.resolve("store").toString(), new Configuration());
        files.write("2018-03-14/_attempts/a1/insect/history/df.csv", "a,b\n1,2\n".getBytes());
        files.write("2018-03-14/_manifest.json", "{}".getBytes());
        files.write("2018-03-14/_manifest.json", "{\"x\":1}".getBytes());

        assertThat(dir.resolve("store/2018-03-14/_attempts/a1/insect/history/df.csv")).hasContent("a,b\n1,2\n");
        assertThat(Files.readString(dir.resolve("store/2018-03-14/_manifest.json"))).isEqualTo("{\"x\":1}");
        assertThat(files.children("2018-03-14")).containsExactly("_attempts", "_manifest.json");
    }
}
