package org.trendfinder.pipeline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.input.InputFile.Cols;

class RawCsvReaderTest {
    @TempDir
    Path dir;

    private final RawCsvReader reader = new RawCsvReader(SparkTestSession.get());

    @Test
    void readsQuotedLineBreaksAndCommasOfAMultiLineEssay() {
        CsvFiles.goodFolder(dir);
        RawTable raw = reader.read(dir.toString(), InputFile.PROJECTS);
        List<Row> rows = raw.rows().select(raw.col(Cols.PROJECT_ID), raw.col(Cols.PROJECT_ESSAY),
                raw.col(Cols.PROJECT_COST), raw.corruptRecord()).orderBy(raw.col(Cols.PROJECT_ID)).collectAsList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getString(0)).isEqualTo("p1");
        assertThat(rows.get(0).getString(1)).isEqualTo("Line one, with comma\nline \"two\"");
        assertThat(rows.get(0).getString(2)).isEqualTo("$1,234.56");
        assertThat(rows).allSatisfy(r -> assertThat(r.isNullAt(3)).isTrue());
    }

    @Test
    void followsTheHeaderOrderAndReadsAbsentOptionalColumnsAsNull() {
        CsvFiles.write(dir, "Teachers.csv", "Teacher Prefix,Teacher ID", "Ms.,t1");
        RawTable raw = reader.read("file://" + dir, InputFile.TEACHERS);
        Row row = raw.rows().select(raw.col(Cols.TEACHER_ID), raw.col(Cols.TEACHER_PREFIX),
                raw.col(Cols.TEACHER_FIRST_POSTED_DATE)).first();
        assertThat(row.getString(0)).isEqualTo("t1");
        assertThat(row.getString(1)).isEqualTo("Ms.");
        assertThat(row.isNullAt(2)).isTrue();
    }

    @Test
    void putsARowWithTheWrongNumberOfFieldsInTheCorruptRecordColumn() {
        CsvFiles.write(dir, "Teachers.csv", CsvFiles.TEACHERS_HEADER, "t1,Mrs.,2015-01-01", "t2,Mr.,2015-01-01,extra,x");
        RawTable raw = reader.read(dir.toString(), InputFile.TEACHERS);
        List<Row> rows = raw.rows().cache().select(raw.col(Cols.TEACHER_ID), raw.corruptRecord())
                .orderBy(raw.col(Cols.TEACHER_ID)).collectAsList();
        assertThat(rows.get(0).isNullAt(1)).isTrue();
        assertThat(rows.get(1).getString(1)).isEqualTo("t2,Mr.,2015-01-01,extra,x");
    }

    @Test
    void aMissingFileNamesTheFileAndListsWhatWasFound() {
        CsvFiles.write(dir, "Schools.csv", CsvFiles.SCHOOLS_HEADER);
        assertThatThrownBy(() -> reader.read(dir.toString(), InputFile.PROJECTS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Projects.csv not found")
                .hasMessageContaining("Schools.csv");
    }

    @Test
    void aMissingRequiredColumnNamesFileAndColumnAndListsTheHeader() {
        CsvFiles.write(dir, "Projects.csv", CsvFiles.PROJECTS_HEADER.replace("Project Cost,", ""));
        assertThatThrownBy(() -> reader.read(dir.toString(), InputFile.PROJECTS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Projects.csv")
                .hasMessageContaining("'Project Cost'")
                .hasMessageContaining("found columns: [Project ID, School ID");
    }
}
