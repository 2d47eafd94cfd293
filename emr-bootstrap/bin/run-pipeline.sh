#!/usr/bin/env bash
# Runs the TrendFinder pipeline with spark-submit on this machine (the DonorsChoose data-science
# server); schedules/crontab calls it with --on-schedule.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: run-pipeline.sh [options]

Runs  spark-submit --master TF_LOCAL_MASTER --properties-file TF_LOCAL_CONF_DIR/spark-defaults.conf
        --class org.trendfinder.pipeline.Main TF_LOCAL_JAR run --input .. --output .. --run-date ..
with Spark's and TrendFinder's logging from TF_LOCAL_CONF_DIR/log4j2.properties.

Options:
  --run-date YYYY-MM-DD   the run date (default: today in TF_TIME_ZONE)
  --on-schedule           run only if today (in TF_TIME_ZONE) is TF_SCHEDULE_ANCHOR_DATE plus a multiple
                          of TF_SCHEDULE_EVERY_DAYS days, else exit 0 quietly: cron cannot say
                          "every two weeks", so the crontab calls this daily
  --input URI             projects to read (TF_INPUT_URI; a local path works too)
  --output URI            the trend store (TF_STORE_URI; a local path works too)
  --jar FILE              the job jar (TF_LOCAL_JAR)
  --mode default|classic  the pipeline's mode (TF_PIPELINE_MODE)
EOF_USAGE
  tf_common_usage
}

run_date=""
mode=""
on_schedule=false
while (($#)); do
  case "$1" in
    --on-schedule) on_schedule=true; shift ;;
    --jar) tf_need_value "$@"; TF_OVERRIDES+=("TF_LOCAL_JAR=$2"); shift 2 ;;
    *) tf_pipeline_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_load_settings
tf_require_settings TF_INPUT_URI TF_STORE_URI TF_LOCAL_JAR TF_LOCAL_CONF_DIR TF_SPARK_SUBMIT TF_LOCAL_MASTER
run_date="$(tf_run_date "$run_date")"
mode="${mode:-${TF_PIPELINE_MODE:-}}"
tf_validate_mode "$mode"

if [[ "$on_schedule" == true ]]; then
  tf_require_settings TF_SCHEDULE_ANCHOR_DATE TF_SCHEDULE_EVERY_DAYS
  tf_validate_date TF_SCHEDULE_ANCHOR_DATE "$TF_SCHEDULE_ANCHOR_DATE"
  [[ "$TF_SCHEDULE_EVERY_DAYS" =~ ^[1-9][0-9]*$ ]] || tf_die "TF_SCHEDULE_EVERY_DAYS must be a positive number"
  days="$(tf_days_between "$TF_SCHEDULE_ANCHOR_DATE" "$run_date")"
  if ((days < 0 || days % TF_SCHEDULE_EVERY_DAYS != 0)); then
    [[ "$TF_DRY_RUN" != true ]] || printf '# %s is not a run day (every %s days from %s): nothing to do\n' \
      "$run_date" "$TF_SCHEDULE_EVERY_DAYS" "$TF_SCHEDULE_ANCHOR_DATE"
    exit 0
  fi
fi

mapfile -t pipeline_args < <(tf_pipeline_args "$TF_INPUT_URI" "$TF_STORE_URI" "$run_date" "$mode" "${TF_PIPELINE_CONFIG:-}")

tf_dry_run_banner
tf_log "TrendFinder run $run_date: $TF_INPUT_URI -> $TF_STORE_URI"
tf_run "$TF_SPARK_SUBMIT" \
  --master "$TF_LOCAL_MASTER" \
  --name "trendfinder-$run_date" \
  --properties-file "$TF_LOCAL_CONF_DIR/spark-defaults.conf" \
  --driver-java-options "-Dlog4j2.configurationFile=file:$TF_LOCAL_CONF_DIR/log4j2.properties" \
  --class "$TF_MAIN_CLASS" \
  "$TF_LOCAL_JAR" \
  "${pipeline_args[@]}"
