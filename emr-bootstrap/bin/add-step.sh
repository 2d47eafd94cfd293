#!/usr/bin/env bash
# Adds a TrendFinder pipeline step to a running EMR cluster.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: add-step.sh [options]

Adds one step to a running EMR cluster (aws emr add-steps): command-runner.jar running
  spark-submit --deploy-mode cluster --class org.trendfinder.pipeline.Main JAR run --input .. --output .. --run-date ..
A failed step does not stop the cluster (ActionOnFailure=CONTINUE).

Options:
  --cluster-id ID         the cluster, j-... (TF_EMR_CLUSTER_ID)
EOF_USAGE
  tf_pipeline_usage
  tf_common_usage
}

run_date=""
mode=""
while (($#)); do
  case "$1" in
    --cluster-id) tf_need_value "$@"; TF_OVERRIDES+=("TF_EMR_CLUSTER_ID=$2"); shift 2 ;;
    *) tf_pipeline_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_require_cmd jq
tf_load_settings
tf_require_settings TF_EMR_CLUSTER_ID TF_INPUT_URI TF_STORE_URI TF_JAR_URI
[[ "$TF_EMR_CLUSTER_ID" =~ ^j-[A-Z0-9]+$ ]] || tf_die "cluster id must look like j-ABC123..., got '$TF_EMR_CLUSTER_ID'"
tf_resolve_pipeline_run

mapfile -t pipeline_args < <(tf_pipeline_args "$TF_INPUT_URI" "$TF_STORE_URI" "$run_date" "$mode" "${TF_PIPELINE_CONFIG:-}")

tf_dry_run_banner
steps="$(tf_spark_step_json "TrendFinder pipeline $run_date" CONTINUE "$TF_JAR_URI" "$run_date" "${pipeline_args[@]}")"
tf_write_json steps.json "$steps"
tf_aws emr add-steps --cluster-id "$TF_EMR_CLUSTER_ID" --steps "file://$TF_WORK_DIR/steps.json"
