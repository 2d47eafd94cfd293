#!/usr/bin/env bash
# Starts the TrendFinder pipeline as an EMR Serverless job run.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: start-serverless-job.sh [options]

Starts a job run on an EMR Serverless Spark application (aws emr-serverless start-job-run). The
application must run release emr-7.12.0 or newer (see emr-bootstrap/README.md). Spark settings come
from the spark-defaults classification of conf/spark-defaults-emr.json, log levels from its
spark-log4j2 classification (as spark-driver-log4j2 / spark-executor-log4j2); logs go to
TF_LOG_URI/serverless/.

Options:
  --application-id ID     the EMR Serverless application (TF_SERVERLESS_APPLICATION_ID)
  --execution-role-arn A  the job's role (TF_SERVERLESS_EXECUTION_ROLE_ARN)
EOF_USAGE
  tf_pipeline_usage
  cat <<'EOF_USAGE'
  --configurations FILE   EMR configurations JSON (default: conf/spark-defaults-emr.json)
EOF_USAGE
  tf_common_usage
}

run_date=""
mode=""
configurations="$TF_REPO_DIR/conf/spark-defaults-emr.json"
while (($#)); do
  case "$1" in
    --application-id) tf_need_value "$@"; TF_OVERRIDES+=("TF_SERVERLESS_APPLICATION_ID=$2"); shift 2 ;;
    --execution-role-arn) tf_need_value "$@"; TF_OVERRIDES+=("TF_SERVERLESS_EXECUTION_ROLE_ARN=$2"); shift 2 ;;
    --configurations) tf_need_value "$@"; configurations="$2"; shift 2 ;;
    *) tf_pipeline_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_require_cmd jq
tf_load_settings
tf_require_settings TF_SERVERLESS_APPLICATION_ID TF_SERVERLESS_EXECUTION_ROLE_ARN TF_INPUT_URI TF_STORE_URI TF_JAR_URI TF_LOG_URI
[[ "$TF_SERVERLESS_EXECUTION_ROLE_ARN" =~ ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$ ]] ||
  tf_die "execution role must be an IAM role ARN, got '$TF_SERVERLESS_EXECUTION_ROLE_ARN'"
tf_resolve_pipeline_run
tf_validate_uri TF_LOG_URI "$TF_LOG_URI"
[[ -f "$configurations" ]] || tf_die "configurations file not found: $configurations"

mapfile -t pipeline_args < <(tf_pipeline_args "$TF_INPUT_URI" "$TF_STORE_URI" "$run_date" "$mode" "${TF_PIPELINE_CONFIG:-}")

tf_dry_run_banner
entry_point_arguments="$(tf_json_array "${pipeline_args[@]}")"
job_driver="$(jq -cn --arg jar "$TF_JAR_URI" --argjson args "$entry_point_arguments" \
  --arg params "--class $TF_MAIN_CLASS --name trendfinder-$run_date" \
  '{sparkSubmit: {entryPoint: $jar, entryPointArguments: $args, sparkSubmitParameters: $params}}')"
# EMR Serverless takes spark-defaults as is; log4j2 settings go per process (driver, executor).
configuration_overrides="$(jq -c --arg logs "${TF_LOG_URI%/}/serverless/" '
  (map(select(.Classification == "spark-defaults"))[0].Properties // {}) as $spark
  | (map(select(.Classification == "spark-log4j2"))[0].Properties // {}) as $log4j
  | {applicationConfiguration: ([{classification: "spark-defaults", properties: $spark}]
        + (if $log4j == {} then [] else [
            {classification: "spark-driver-log4j2", properties: $log4j},
            {classification: "spark-executor-log4j2", properties: $log4j}] end)),
     monitoringConfiguration: {s3MonitoringConfiguration: {logUri: $logs}}}' "$configurations")"
tf_write_json job-driver.json "$job_driver"
tf_write_json configuration-overrides.json "$configuration_overrides"
tf_aws emr-serverless start-job-run \
  --application-id "$TF_SERVERLESS_APPLICATION_ID" \
  --execution-role-arn "$TF_SERVERLESS_EXECUTION_ROLE_ARN" \
  --name "trendfinder-$run_date" \
  --job-driver "file://$TF_WORK_DIR/job-driver.json" \
  --configuration-overrides "file://$TF_WORK_DIR/configuration-overrides.json" \
  --tags "Project=trendfinder,RunDate=$run_date"
