package org.trendfinder.pipeline.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Reads a CSV file's header line (only its first bytes) so the reader can build an explicit schema in the
 * file's own column order. Spark's CSV reader with a schema assigns columns by position, so the schema must
 * follow the header, not a fixed list. A compressed file ({@code .gz}) is read through its codec.
 */
final class CsvHeader {
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private CsvHeader() {
    }

    static List<String> read(FileSystem fs, Path file) {
        CompressionCodec codec = new CompressionCodecFactory(fs.getConf()).getCodec(file);
        try (InputStream in = codec == null ? fs.open(file) : codec.createInputStream(fs.open(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n' && line.size() < MAX_HEADER_BYTES) {
                line.write(b);
            }
            return parse(line.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(file.getName() + ": cannot read the header of " + file + ": " + e.getMessage(), e);
        }
    }

    static List<String> parse(String line) throws IOException {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line; // a UTF-8 byte-order mark
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<String> names = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(name -> names.add(name.trim()));
                break;
            }
            return names;
        }
    }
}
