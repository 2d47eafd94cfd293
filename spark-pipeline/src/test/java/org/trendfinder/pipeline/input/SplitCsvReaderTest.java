package org.trendfinder.pipeline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trendfinder.pipeline.SparkTestSession;

import scala.reflect.ClassTag$;

/**
 * The byte-range read of a multi-line Projects.csv against Spark's single-task multi-line read of the same
 * bytes: the same rows in the same order, the same malformed-row records, the same reject counts and sample
 * record numbers, for tiny chunk sizes so that ranges start and end next to every kind of tricky byte.
 */
class SplitCsvReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} line endings, {1}-byte chunks")
    @CsvSource({"LF, 5", "LF, 400", "CRLF, 7", "CRLF, 120"})
    void readsTrickyFilesInRangesExactlyAsOneTaskDoes(String lineEnding, int chunkBytes) throws IOException {
        String newline = lineEnding.equals("LF") ? "\n" : "\r\n";
        writeProjects(tricky(newline, newline, new byte[0]));
        RawTable single = new RawCsvReader(SparkTestSession.get()).read(dir.toString(), InputFile.PROJECTS);
        RawTable split = new RawCsvReader(SparkTestSession.get(), chunkBytes).read(dir.toString(), InputFile.PROJECTS);

        assertThat(split.rows().rdd().getNumPartitions()).as("read in ranges").isGreaterThan(3);
        assertThat(single.rows().count()).isEqualTo(9);
        assertThat(RejectTally.of(InputFile.PROJECTS, ProjectRows.tag(single), 20).rowsRejected())
                .containsKeys("Projects.csv:malformed_row", "Projects.csv:bad_posted_date");
        assertSameRowsAndRejects(single, split);
    }

    @ParameterizedTest(name = "{0}-byte chunks")
    @CsvSource("11")
    void aCrlfHeaderOverLineFeedRowsReadsAsOneTaskDoes(int chunkBytes) throws IOException {
        // the parser takes its line separator from the first line: here the whole file is one malformed row
        writeProjects(tricky("\r\n", "\n", new byte[0]));
        assertSameRowsAndRejects(
                new RawCsvReader(SparkTestSession.get()).read(dir.toString(), InputFile.PROJECTS),
                new RawCsvReader(SparkTestSession.get(), chunkBytes).read(dir.toString(), InputFile.PROJECTS));
    }

    @ParameterizedTest(name = "{0}-byte chunks")
    @CsvSource("9")
    void aStrayQuoteInAnUnquotedFieldFailsTheRangeItMisplacedAndTheInputIsReadAgainInOneTask(int chunkBytes) {
        // the quote parity that places ranges is wrong after the stray quote: the read must notice and recover
        CsvFiles.goodFolder(dir);
        writeProjects(strayQuote());
        assertThatThrownBy(() -> new RawCsvReader(SparkTestSession.get(), chunkBytes)
                .read(dir.toString(), InputFile.PROJECTS).rows().collectAsList())
                .as("the range after the stray quote").matches(MisplacedCsvRange::isCauseOf);

        SparkSession spark = SparkTestSession.get();
        List<Row> expectedRows;
        InputReport expectedReport;
        spark.conf().set(RawCsvReader.SPLIT_SETTING, "false");
        try (RawInput single = RawInputs.plan(spark, dir.toString())) {
            expectedRows = single.projects().orderBy(ProjectColumns.PROJECT_ID).collectAsList();
            expectedReport = single.report();
        } finally {
            spark.conf().unset(RawCsvReader.SPLIT_SETTING);
        }
        spark.conf().set(RawCsvReader.SPLIT_BYTES_SETTING, String.valueOf(chunkBytes));
        try {
            List<Object> read = RawInputs.read(spark, dir.toString(), ProjectColumns.TEXTS, input -> List.of(
                    input.projects().orderBy(ProjectColumns.PROJECT_ID).collectAsList(), input.report()));
            assertThat(read.get(0)).as("rows").isEqualTo(expectedRows);
            assertThat(read.get(1)).as("counts and samples").isEqualTo(expectedReport);
            assertThat(expectedRows).extracting(r -> r.<String>getAs(ProjectColumns.PROJECT_ID))
                    .as("the record after the stray quote").contains("p21");
        } finally {
            spark.conf().unset(RawCsvReader.SPLIT_BYTES_SETTING);
        }
    }

    private static byte[] strayQuote() {
        return tricky("\n", "\n", concat(
                bytes(CsvFiles.project("p20", "s1", "t1", "A 5\" ruler", "plain, then \"quoted\" words", "Math",
                        "Grades 3-5", "12", "2018-02-02") + "\n"),
                bytes(CsvFiles.project("p21", "s1", "t1", "After", "\"Line\nbreak\"", "Math", "Grades 3-5", "12",
                        "2018-02-03") + "\n")));
    }

    @Test
    void theRangesAndScansTravelThroughKryoAsTheJobConfiguresIt() {
        // the shared test session uses Java serialization; jobs run with Kryo, which cannot build records
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        CsvRange range = new CsvRange(3, "file:/x.csv", 10, 20, 30, new byte[] {'h', '\n'});
        CsvRange back = kryo.deserialize(kryo.serialize(range, ClassTag$.MODULE$.apply(CsvRange.class)),
                ClassTag$.MODULE$.apply(CsvRange.class));
        assertThat(List.of(back.index(), back.start(), back.end(), back.isLast())).isEqualTo(List.of(3, 10L, 20L, false));
        QuoteScan scan = new QuoteScan(100, 7, 3, 5, 0);
        QuoteScan scanBack = kryo.deserialize(kryo.serialize(scan, ClassTag$.MODULE$.apply(QuoteScan.class)),
                ClassTag$.MODULE$.apply(QuoteScan.class));
        assertThat(scanBack.recordStartAfter(1)).isEqualTo(106);
    }

    private static void assertSameRowsAndRejects(RawTable single, RawTable split) {
        List<Row> expected = single.rows().orderBy(RawTable.RECORD_ID).drop(RawTable.RECORD_ID).collectAsList();
        List<Row> actual = split.rows().orderBy(RawTable.RECORD_ID).drop(RawTable.RECORD_ID).collectAsList();
        assertThat(actual).containsExactlyElementsOf(expected);

        InputReport singleReport = RejectTally.of(InputFile.PROJECTS, ProjectRows.tag(single), 20);
        InputReport splitReport = RejectTally.of(InputFile.PROJECTS, ProjectRows.tag(split), 20);
        assertThat(splitReport).isEqualTo(singleReport);
    }

    /**
     * Quotes, commas and line breaks in fields (a bare line feed in a CRLF file is left out: such a file is
     * read whole, see {@link SplitCsvReader}), blank lines, short and long rows, bad UTF-8,
     * an open last quote.
     */
    private static byte[] tricky(String headerNewline, String nl, byte[] beforeTheLastRow) {
        String longEssay = "\"" + "A long essay, with commas, \"\"quotes\"\" and" + nl + "breaks. ".repeat(40) + "\"";
        return concat(
                bytes(CsvFiles.PROJECTS_HEADER + headerNewline),
                bytes(CsvFiles.project("p1", "s1", "t1", "Books", "\"Line one, with comma" + nl + "line \"\"two\"\"\"",
                        "Math", "Grades PreK-2", "\"$1,234.56\"", "2017-01-05") + nl),
                bytes(CsvFiles.project("p2", "s1", "t1", "\"Title, with comma\"", longEssay, "Math", "Grades 3-5",
                        "100", "2018-03-14") + nl),
                bytes(nl),
                bytes("p3,s1,t1,too,few,fields" + nl),
                bytes(CsvFiles.project("p4", "s1", "t1", "Mixed", "\"CR LF inside\r\nand " + nl + "end\"", "Math",
                        "Grades 6-8", "5", "2018-01-02") + ",extra,fields" + nl),
                concat(bytes("p5,s1,t1,3,Teacher-Led,Bad "), new byte[] {(byte) 0xFF, (byte) 0xFE},
                        bytes(" bytes,\"essay\",short,need,Math,\"Literacy, Mathematics\",Grades 3-5,Supplies,7,"
                                + "2018-01-03,2018-06-01,Fully Funded,2018-02-01,"),
                        new byte[] {(byte) 0xE2, (byte) 0x82}, bytes(nl)),
                bytes(CsvFiles.project("p6", "s1", "t1", "\"\"", "\"\"\"\"", "Math", "Grades 3-5", "8", "not a date") + nl),
                bytes(CsvFiles.project("p7", "s1", "t1", "Quote at end", "\"ends with a quote \"\"\"", "Math",
                        "Grades 9-12", "9", "2018-01-04") + nl + nl + nl),
                bytes(CsvFiles.project("p8", "s1", "t1", "é ü ß 中文", "\"" + nl + "starts with a break\"", "Math",
                        "Grades 3-5", "10", "2018-01-05") + nl),
                beforeTheLastRow,
                bytes("p9,s1,t1,3,Teacher-Led,Truncated,\"an essay whose quote never closes," + nl + "to the end"));
    }

    private void writeProjects(byte[] content) {
        try {
            Files.write(dir.resolve("Projects.csv"), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
