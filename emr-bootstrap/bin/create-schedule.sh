#!/usr/bin/env bash
# Creates (or updates) the EventBridge Scheduler schedule that runs the TrendFinder pipeline every two
# weeks by adding a step to a running EMR cluster.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: create-schedule.sh [options]

Fills schedules/eventbridge-schedule.json from the settings and runs
  aws scheduler create-schedule --cli-input-json file://schedule.json
The target is the universal target emr:addJobFlowSteps on TF_EMR_CLUSTER_ID. Its step runs
  bash -c '... run_date=$(TZ=<zone> date -d <aws.scheduler.scheduled-time> +%F); exec spark-submit ...'
so the run date is the schedule's own fire time in TF_TIME_ZONE (a retried or late invocation keeps the
date it was scheduled for), not the moment the step happens to start.

Options:
  --cluster-id ID         the running cluster, j-... (TF_EMR_CLUSTER_ID)
  --name NAME             schedule name (TF_SCHEDULE_NAME)
  --expression EXPR       rate(...) or cron(...) (TF_SCHEDULE_EXPRESSION; cron is read in TF_TIME_ZONE)
  --start YYYY-MM-DDTHH:MM:SS   first run, local time in TF_TIME_ZONE (TF_SCHEDULE_START)
  --role-arn ARN          the role EventBridge Scheduler assumes (TF_SCHEDULER_ROLE_ARN)
  --mode default|classic  the pipeline's mode (TF_PIPELINE_MODE)
  --update                update an existing schedule instead (update-schedule replaces the whole definition)
  --template FILE         schedule template (default: emr-bootstrap/schedules/eventbridge-schedule.json)
EOF_USAGE
  tf_common_usage
}

mode=""
action=create-schedule
template="$TF_MODULE_DIR/schedules/eventbridge-schedule.json"
while (($#)); do
  case "$1" in
    --cluster-id) tf_need_value "$@"; TF_OVERRIDES+=("TF_EMR_CLUSTER_ID=$2"); shift 2 ;;
    --name) tf_need_value "$@"; TF_OVERRIDES+=("TF_SCHEDULE_NAME=$2"); shift 2 ;;
    --expression) tf_need_value "$@"; TF_OVERRIDES+=("TF_SCHEDULE_EXPRESSION=$2"); shift 2 ;;
    --start) tf_need_value "$@"; TF_OVERRIDES+=("TF_SCHEDULE_START=$2"); shift 2 ;;
    --role-arn) tf_need_value "$@"; TF_OVERRIDES+=("TF_SCHEDULER_ROLE_ARN=$2"); shift 2 ;;
    --mode) tf_need_value "$@"; mode="$2"; shift 2 ;;
    --update) action=update-schedule; shift ;;
    --template) tf_need_value "$@"; template="$2"; shift 2 ;;
    *) tf_common_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_require_cmd jq
tf_load_settings
tf_require_settings TF_SCHEDULE_NAME TF_SCHEDULE_EXPRESSION TF_SCHEDULE_START TF_SCHEDULER_ROLE_ARN \
  TF_EMR_CLUSTER_ID TF_JAR_URI TF_INPUT_URI TF_STORE_URI
[[ -f "$template" ]] || tf_die "schedule template not found: $template"
[[ "$TF_EMR_CLUSTER_ID" =~ ^j-[A-Z0-9]+$ ]] || tf_die "cluster id must look like j-ABC123..., got '$TF_EMR_CLUSTER_ID'"
[[ "$TF_SCHEDULE_EXPRESSION" =~ ^(rate|cron|at)\(.+\)$ ]] ||
  tf_die "schedule expression must be rate(...), cron(...) or at(...), got '$TF_SCHEDULE_EXPRESSION'"
[[ "$TF_SCHEDULER_ROLE_ARN" =~ ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$ ]] ||
  tf_die "scheduler role must be an IAM role ARN, got '$TF_SCHEDULER_ROLE_ARN'"
[[ "$TF_SCHEDULE_START" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$ ]] ||
  tf_die "schedule start must be a local time YYYY-MM-DDTHH:MM[:SS] in $TF_TIME_ZONE, got '$TF_SCHEDULE_START'"
tf_validate_date "schedule start" "${TF_SCHEDULE_START%%T*}"
mode="${mode:-${TF_PIPELINE_MODE:-}}"
tf_validate_mode "$mode"
tf_validate_uri --jar "$TF_JAR_URI"
tf_validate_uri --input "$TF_INPUT_URI"
tf_validate_uri --output "$TF_STORE_URI"

# StartDate is an instant: give the local start time its offset in the stated zone (DST included).
TF_SCHEDULE_START="$(TZ="$TF_TIME_ZONE" date -d "${TF_SCHEDULE_START/T/ }" --iso-8601=seconds)" ||
  tf_die "schedule start is not a valid time: $TF_SCHEDULE_START"

# The optional pipeline flags follow the fixed ones; the step's bash -c passes them on as "${@:6}".
extra=()
[[ -z "$mode" ]] || extra+=(--mode "$mode")
[[ -z "${TF_PIPELINE_CONFIG:-}" ]] || extra+=(--config "$TF_PIPELINE_CONFIG")
extra_json="$(tf_json_array "${extra[@]+"${extra[@]}"}")"

tf_dry_run_banner
filled="$(tf_fill_template "$template")"
# Scheduler wants Target.Input as a string of JSON; the template keeps it as an object to stay readable.
schedule="$(jq -c --argjson extra "$extra_json" \
  '.Target.Input.Steps[0].HadoopJarStep.Args += $extra | .Target.Input |= tojson' <<<"$filled")"
tf_write_json schedule.json "$schedule"
tf_aws scheduler "$action" --cli-input-json "file://$TF_WORK_DIR/schedule.json"
