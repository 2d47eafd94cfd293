#!/usr/bin/env bash
# Creates the IAM roles TrendFinder runs under, from the policies in emr-bootstrap/iam/.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: create-iam.sh [options]

Fills the ${TF_...} placeholders of emr-bootstrap/iam/*.json from the settings and creates, once:
  TF_EMR_SERVICE_ROLE     trust emr-service-trust-policy.json, AWS managed AmazonEMRServicePolicy_v2
                          + emr-service-passrole-policy.json
  TF_EMR_INSTANCE_ROLE    trust ec2-instance-trust-policy.json + pipeline-role-policy.json,
                          inside instance profile TF_EMR_INSTANCE_PROFILE
  serverless job role     (TF_SERVERLESS_EXECUTION_ROLE_ARN) trust serverless-execution-trust-policy.json
                          + pipeline-role-policy.json
  scheduler role          (TF_SCHEDULER_ROLE_ARN) trust scheduler-trust-policy.json + scheduler-role-policy.json
                          (only when TF_EMR_CLUSTER_ID is set)
  TF_DASHBOARD_ROLE       trust ec2-instance-trust-policy.json + dashboard-role-policy.json,
                          inside an instance profile of the same name
create-role fails on a role that exists: this is for the first deployment; later, edit the JSON and
re-run only the put-role-policy commands (printed by --dry-run).

Options:
  --render-only DIR       only write the filled policies to DIR
EOF_USAGE
  tf_common_usage
}

render_only=""
while (($#)); do
  case "$1" in
    --render-only) tf_need_value "$@"; render_only="$2"; shift 2 ;;
    *) tf_common_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_require_cmd jq
tf_load_settings
tf_require_settings TF_ACCOUNT_ID TF_REGION TF_BUCKET TF_INPUT_PREFIX TF_STORE_PREFIX TF_APP_PREFIX TF_LOG_PREFIX \
  TF_EMR_SERVICE_ROLE TF_EMR_INSTANCE_ROLE TF_EMR_INSTANCE_PROFILE TF_SERVERLESS_EXECUTION_ROLE_ARN \
  TF_SCHEDULER_ROLE_ARN TF_SCHEDULE_NAME TF_DASHBOARD_ROLE
[[ "$TF_ACCOUNT_ID" =~ ^[0-9]{12}$ ]] || tf_die "TF_ACCOUNT_ID must be 12 digits, got '$TF_ACCOUNT_ID'"
for prefix in TF_INPUT_PREFIX TF_STORE_PREFIX TF_APP_PREFIX TF_LOG_PREFIX; do
  [[ "${!prefix}" =~ ^[A-Za-z0-9!_.*\'()-]+(/[A-Za-z0-9!_.*\'()-]+)*$ ]] ||
    tf_die "$prefix must be a key prefix without leading or trailing slash, got '${!prefix}'"
done

[[ -z "$render_only" ]] || TF_WORK_DIR="$render_only"
tf_dry_run_banner
iam_dir="$TF_MODULE_DIR/iam"
for policy in "$iam_dir"/*.json; do
  name="$(basename "$policy")"
  if [[ "$name" == scheduler-role-policy.json && -z "${TF_EMR_CLUSTER_ID:-}" ]]; then
    continue
  fi
  filled="$(tf_fill_template "$policy")"
  tf_write_json "$name" "$filled"
done
[[ -z "$render_only" ]] || exit 0

doc() { printf 'file://%s/%s' "$TF_WORK_DIR" "$1"; }
serverless_role="${TF_SERVERLESS_EXECUTION_ROLE_ARN##*/}"
scheduler_role="${TF_SCHEDULER_ROLE_ARN##*/}"

tf_aws iam create-role --role-name "$TF_EMR_SERVICE_ROLE" --assume-role-policy-document "$(doc emr-service-trust-policy.json)"
tf_aws iam attach-role-policy --role-name "$TF_EMR_SERVICE_ROLE" \
  --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2
tf_aws iam put-role-policy --role-name "$TF_EMR_SERVICE_ROLE" --policy-name trendfinder-pass-instance-role \
  --policy-document "$(doc emr-service-passrole-policy.json)"

tf_aws iam create-role --role-name "$TF_EMR_INSTANCE_ROLE" --assume-role-policy-document "$(doc ec2-instance-trust-policy.json)"
tf_aws iam put-role-policy --role-name "$TF_EMR_INSTANCE_ROLE" --policy-name trendfinder-pipeline \
  --policy-document "$(doc pipeline-role-policy.json)"
tf_aws iam create-instance-profile --instance-profile-name "$TF_EMR_INSTANCE_PROFILE"
tf_aws iam add-role-to-instance-profile --instance-profile-name "$TF_EMR_INSTANCE_PROFILE" --role-name "$TF_EMR_INSTANCE_ROLE"

tf_aws iam create-role --role-name "$serverless_role" --assume-role-policy-document "$(doc serverless-execution-trust-policy.json)"
tf_aws iam put-role-policy --role-name "$serverless_role" --policy-name trendfinder-pipeline \
  --policy-document "$(doc pipeline-role-policy.json)"

if [[ -n "${TF_EMR_CLUSTER_ID:-}" ]]; then
  tf_aws iam create-role --role-name "$scheduler_role" --assume-role-policy-document "$(doc scheduler-trust-policy.json)"
  tf_aws iam put-role-policy --role-name "$scheduler_role" --policy-name trendfinder-add-step \
    --policy-document "$(doc scheduler-role-policy.json)"
fi

tf_aws iam create-role --role-name "$TF_DASHBOARD_ROLE" --assume-role-policy-document "$(doc ec2-instance-trust-policy.json)"
tf_aws iam put-role-policy --role-name "$TF_DASHBOARD_ROLE" --policy-name trendfinder-dashboard-read \
  --policy-document "$(doc dashboard-role-policy.json)"
tf_aws iam create-instance-profile --instance-profile-name "$TF_DASHBOARD_ROLE"
tf_aws iam add-role-to-instance-profile --instance-profile-name "$TF_DASHBOARD_ROLE" --role-name "$TF_DASHBOARD_ROLE"
