#!/usr/bin/env bash
# Starts a transient EMR cluster that runs the TrendFinder pipeline as its one step, then terminates.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: create-cluster.sh [options]

Creates a transient EMR cluster (aws emr create-cluster --auto-terminate) whose single step runs
  spark-submit --deploy-mode cluster --class org.trendfinder.pipeline.Main JAR run --input .. --output .. --run-date ..
The bootstrap action copies the jar and conf/ onto every node; spark-defaults come from
conf/spark-defaults-emr.json. The cluster terminates when the step ends, whether it succeeds or fails.

Options:
EOF_USAGE
  tf_pipeline_usage
  cat <<'EOF_USAGE'
  --release-label LABEL   EMR release, emr-7.12.0 or newer (TF_EMR_RELEASE_LABEL)
  --configurations FILE   EMR configurations JSON (default: conf/spark-defaults-emr.json)
EOF_USAGE
  tf_common_usage
}

run_date=""
mode=""
configurations="$TF_REPO_DIR/conf/spark-defaults-emr.json"
while (($#)); do
  case "$1" in
    --release-label) tf_need_value "$@"; TF_OVERRIDES+=("TF_EMR_RELEASE_LABEL=$2"); shift 2 ;;
    --configurations) tf_need_value "$@"; configurations="$2"; shift 2 ;;
    *) tf_pipeline_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_require_cmd jq
tf_load_settings
tf_require_settings TF_INPUT_URI TF_STORE_URI TF_JAR_URI TF_BOOTSTRAP_URI TF_APP_URI TF_LOG_URI \
  TF_EMR_RELEASE_LABEL TF_EMR_SERVICE_ROLE TF_EMR_INSTANCE_PROFILE \
  TF_EMR_PRIMARY_INSTANCE_TYPE TF_EMR_CORE_INSTANCE_TYPE TF_EMR_CORE_INSTANCE_COUNT
tf_resolve_pipeline_run
tf_validate_uri TF_LOG_URI "$TF_LOG_URI"
tf_validate_release_label "$TF_EMR_RELEASE_LABEL"
[[ "$TF_EMR_CORE_INSTANCE_COUNT" =~ ^[1-9][0-9]*$ ]] || tf_die "TF_EMR_CORE_INSTANCE_COUNT must be a positive number"
[[ -f "$configurations" ]] || tf_die "configurations file not found: $configurations"

mapfile -t pipeline_args < <(tf_pipeline_args "$TF_INPUT_URI" "$TF_STORE_URI" "$run_date" "$mode" "${TF_PIPELINE_CONFIG:-}")

tf_dry_run_banner
tf_work_dir
# The step terminates the cluster on failure too: a transient cluster must never be left running.
steps="$(tf_spark_step_json "TrendFinder pipeline $run_date" TERMINATE_CLUSTER "$TF_JAR_URI" "$run_date" "${pipeline_args[@]}")"
instance_groups="$(jq -cn --arg primary "$TF_EMR_PRIMARY_INSTANCE_TYPE" \
  --arg core "$TF_EMR_CORE_INSTANCE_TYPE" --argjson count "$TF_EMR_CORE_INSTANCE_COUNT" '[
    {Name: "primary", InstanceGroupType: "MASTER", InstanceType: $primary, InstanceCount: 1},
    {Name: "core", InstanceGroupType: "CORE", InstanceType: $core, InstanceCount: $count}]')"
bootstrap_actions="$(jq -cn --arg path "$TF_BOOTSTRAP_URI" --arg app "$TF_APP_URI" \
  '[{Name: "install-trendfinder", Path: $path, Args: ["--app-uri", $app]}]')"
ec2_attributes="$(jq -cn --arg profile "$TF_EMR_INSTANCE_PROFILE" --arg subnet "${TF_EMR_SUBNET_ID:-}" \
  '{InstanceProfile: $profile} + (if $subnet == "" then {} else {SubnetId: $subnet} end)')"
tf_write_json steps.json "$steps"
tf_write_json instance-groups.json "$instance_groups"
tf_write_json bootstrap-actions.json "$bootstrap_actions"
tf_write_json ec2-attributes.json "$ec2_attributes"
tf_show_json_file "$configurations"

tf_aws emr create-cluster \
  --name "trendfinder-$run_date" \
  --release-label "$TF_EMR_RELEASE_LABEL" \
  --applications Name=Spark \
  --instance-groups "file://$TF_WORK_DIR/instance-groups.json" \
  --configurations "file://$configurations" \
  --log-uri "${TF_LOG_URI%/}/emr/" \
  --bootstrap-actions "file://$TF_WORK_DIR/bootstrap-actions.json" \
  --steps "file://$TF_WORK_DIR/steps.json" \
  --auto-terminate \
  --service-role "$TF_EMR_SERVICE_ROLE" \
  --ec2-attributes "file://$TF_WORK_DIR/ec2-attributes.json" \
  --tags "Project=trendfinder" "RunDate=$run_date"
