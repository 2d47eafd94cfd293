package org.trendfinder.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One row of a run's trend table ({@code df.csv}): the {@link TrendColumns#REQUIRED} columns as typed fields,
 * then every further column as its cell text, in column order. Shares are fractions (0.012 = 1.2 %), lift is
 * current / baseline share; a number the table leaves empty reads as NaN ({@code currentProjects} as 0).
 *
 * @param term   the {@link TrendColumns#TREND} column: the trend's display form
 * @param extras the extra columns' cells exactly as the store writes them (see {@link CsvTable#format}); an
 *               extra a row does not have is an empty cell in the table, so a row read back holds every extra
 *               column of its table, empty where it had none
 */
public record TrendRecord(int rank, String term, String slug, double score, long currentProjects,
                          double currentShare, double baselineShare, double lift, Map<String, String> extras) {

    public TrendRecord {
        // Insertion order is the column order; Map.copyOf would lose it. A required column's name cannot be an
        // extra (the writer has always dropped such keys), so drop it here and keep one rule for both ways.
        Map<String, String> copy = new LinkedHashMap<>();
        extras.forEach((column, cell) -> {
            if (!TrendColumns.REQUIRED.contains(column)) {
                copy.put(column, cell == null ? "" : cell);
            }
        });
        extras = Collections.unmodifiableMap(copy);
    }

    /**
     * A row whose extras are values as a detector reports them (numbers, text, null), formatted as the store
     * writes them; keys naming a required column are dropped.
     */
    public static TrendRecord of(int rank, String term, String slug, double score, long currentProjects,
                                 double currentShare, double baselineShare, double lift, Map<String, ?> extras) {
        Map<String, String> cells = new LinkedHashMap<>();
        extras.forEach((column, value) -> cells.put(column, CsvTable.format(value)));
        return new TrendRecord(rank, term, slug, score, currentProjects, currentShare, baselineShare, lift, cells);
    }

    /** An extra column's cell; empty when the table has no such column or the cell is blank. */
    public Optional<String> extra(String column) {
        return Optional.ofNullable(extras.get(column)).filter(cell -> !cell.isBlank());
    }

    /** An extra column's cell as a number; empty when absent, blank or not a number. */
    public OptionalDouble number(String column) {
        Optional<String> cell = extra(column);
        if (cell.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(cell.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The horizons the trend was found on ({@link TrendColumns#KIND}); none for runs that predate them. */
    public Set<TrendKind> kinds() {
        return TrendKind.parse(extras.get(TrendColumns.KIND));
    }

    /** The terms grouped into this trend ({@link TrendColumns#ALSO}); none when it stands alone or is older. */
    public List<String> also() {
        return TrendColumns.alsoTerms(extras.get(TrendColumns.ALSO));
    }

    public OptionalDouble pValue() {
        return number(TrendColumns.P_VALUE);
    }

    /** The Benjamini-Hochberg adjusted p-value (default mode only). */
    public OptionalDouble qValue() {
        return number(TrendColumns.Q_VALUE);
    }

    public OptionalLong teachers() {
        return whole(TrendColumns.TEACHERS);
    }

    public OptionalLong schools() {
        return whole(TrendColumns.SCHOOLS);
    }

    private OptionalLong whole(String column) {
        OptionalDouble n = number(column);
        return n.isPresent() ? OptionalLong.of((long) n.getAsDouble()) : OptionalLong.empty();
    }
}
