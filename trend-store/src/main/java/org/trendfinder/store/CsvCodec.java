package org.trendfinder.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/** Reads and writes the store's CSV: RFC 4180, UTF-8 without BOM, a header row, CRLF line ends, no index column. */
public final class CsvCodec {

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvCodec() {
    }

    public static byte[] write(CsvTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(table.header());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a {@code df.csv}; {@code name} is used in error messages only.
     *
     * @throws StoreFormatException when the bytes are not UTF-8, not CSV, have no header, or a row's width
     *                              differs from the header's (the message names the file and the row)
     */
    public static CsvTable read(String name, byte[] bytes) {
        try (Reader reader = strictUtf8(bytes); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(READ).get()) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                        cells.set(0, cells.get(0).substring(1));
                    }
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new StoreFormatException(name + ": row " + record.getRecordNumber() + " has " + cells.size()
                            + " fields, the header has " + header.size());
                }
                rows.add(cells);
            }
            if (header == null) {
                throw new StoreFormatException(name + ": empty file, no header row");
            }
            return new CsvTable(header, rows);
        } catch (StoreFormatException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw new StoreFormatException(name + ": not UTF-8 text", e);
            }
            throw new StoreFormatException(name + ": not valid CSV: " + e.getMessage(), e);
        }
    }

    private static Reader strictUtf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
