package org.trendfinder.pipeline.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a generated sample contains, written as truth.json next to the CSVs.
 *
 * @param seed          the seed
 * @param startDate     first posted date (ISO)
 * @param endDate       last posted date (ISO)
 * @param projectRows   data rows in Projects.csv, bad rows included
 * @param validProjects rows with no defect (projectRows minus the sum of badRows)
 * @param resourceRows  data rows in Resources.csv
 * @param schools       data rows in Schools.csv
 * @param teachers      data rows in Teachers.csv
 * @param projectsPerYear valid rows per posted calendar year
 * @param terms         the planted terms
 * @param badRows       bad Projects.csv rows by kind (each bad row has exactly one defect)
 * @param frameWords    words of the sentences every planted mention is written in, used by no other background
 *                      sentence: they rise with every trend at once and are never a trend themselves
 */
public record Truth(long seed, String startDate, String endDate, long projectRows, long validProjects,
                    long resourceRows, int schools, int teachers, Map<Integer, Long> projectsPerYear,
                    List<PlantedTerm> terms, Map<BadRowKind, Long> badRows,
                    java.util.Set<String> frameWords, java.util.Set<String> productLineWords) {

    public static final String FILE_NAME = "truth.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    public static Truth read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Truth.class);
    }

    public long totalBadRows() {
        return badRows.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<PlantedTerm> termsOf(TrendShape shape) {
        return terms.stream().filter(t -> t.shape() == shape).toList();
    }
}
