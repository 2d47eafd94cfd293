/**
 * Every per-trend plot of a run, computed for all run dates and trends at once ({@link
 * org.trendfinder.pipeline.analysis.TrendAnalyses}).
 *
 * <p>How: each project is narrowed to what the plots read and joined to the trends it belongs to ({@code
 * ProjectStack}); one Spark job ({@code StackPass}) counts every project under slug {@code *} (all projects) and
 * under each of its trends into small per-(slug, period, category) tables, per-partition accumulators merged in a
 * tree; the driver slices them per run date and trend. Monthly aggregates are keyed by (month, cut) so a
 * run date in the middle of a month never counts a later project ({@code RunCalendar}).
 *
 * <p>The plots (leading columns fixed by {@link org.trendfinder.store.Plot}):
 * <ul>
 * <li>{@code history}: period (yyyy-MM, every month from the first project to the run month, the last one partial
 *     unless the run date ends it), projects, trend_projects, share. kwargs x, y, window_start, run_date,
 *     partial_last_period.</li>
 * <li>{@code by_state|poverty|metro|grade|subject|resource|prefix}: category, projects, trend_projects, share,
 *     lift (share / the trend's share of all projects) over the recent period, the {@code recentDays} days ending
 *     on the run date; a project counts once per subject. kwargs x, y, period_start, period_end, projects,
 *     trend_projects, overall_share.</li>
 * <li>{@code examples}: the newest projects of the trend in the recent period, status as known on the run date.</li>
 * <li>{@code composition_*}: period, category, trend_projects, zero-filled, from the trend's first month; small
 *     subjects merged into "Other". kwargs categories (display order), other_share, other_members.</li>
 * <li>{@code diverging_features}: period, feature, difference (rolling mean of trend share minus all-projects
 *     share). kwargs features (the diverging ones, by last value), rolling_months, threshold, last_months,
 *     window_start.</li>
 * <li>{@code correlated_features}: feature, rho, p_value, months; {@code feature_series}: period, feature,
 *     trend_projects, feature_projects. kwargs status (ok, too_short, not_stationary), stationarity (ADF),
 *     features, months, window_start.</li>
 * <li>{@code geo_splits}: split, movement, inside_projects, outside_projects, all_time_share; {@code
 *     split_shares}: period (last day of a 14-day bin ending on the run date), split, inside, outside,
 *     cumulative_share, rolling_1m/3m/6m/12m (2, 6, 13, 26 bins), all_time_share. kwargs splits (by movement),
 *     bin_days, rolling_bins, min_projects.</li>
 * <li>{@code funding}: period, group (trend, all), projects, funded_rate (funded within the listing horizon; empty
 *     for an open month), median_cost, median_days_to_funded, open. kwargs horizon_days, open_from, run_date, note
 *     ({@link org.trendfinder.pipeline.analysis.FundingPlot}).</li>
 * </ul>
 */
package org.trendfinder.pipeline.analysis;
