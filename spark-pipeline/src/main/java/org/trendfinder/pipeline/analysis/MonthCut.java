package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;

/** A month as one run date sees it: {@code cut} {@link RunCalendar#FULL} or the index of a run in that month. */
record MonthCut(YearMonth month, int cut) {
}
