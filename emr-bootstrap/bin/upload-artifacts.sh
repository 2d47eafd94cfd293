#!/usr/bin/env bash
# Uploads what the clusters need to TF_APP_URI: the job jar, the bootstrap action and conf/.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

usage() {
  cat <<'EOF_USAGE'
Usage: upload-artifacts.sh [options]

Copies, after ./mvnw -pl spark-pipeline -am package:
  spark-pipeline/target/trendfinder-pipeline.jar   -> TF_JAR_URI
  emr-bootstrap/bootstrap/install-trendfinder.sh   -> TF_BOOTSTRAP_URI
  conf/ (without *.env)                            -> TF_APP_URI/conf/  (the bootstrap copies it to the nodes)

Options:
  --jar-file FILE   the local job jar (default: spark-pipeline/target/trendfinder-pipeline.jar)
EOF_USAGE
  tf_common_usage
}

jar_file="$TF_REPO_DIR/spark-pipeline/target/trendfinder-pipeline.jar"
while (($#)); do
  case "$1" in
    --jar-file) tf_need_value "$@"; jar_file="$2"; shift 2 ;;
    *) tf_common_flag "$@" || tf_die "unknown option '$1' (see --help)"; shift "$TF_SHIFT" ;;
  esac
done

tf_load_settings
tf_require_settings TF_APP_URI TF_JAR_URI TF_BOOTSTRAP_URI
tf_validate_uri TF_APP_URI "$TF_APP_URI"
tf_validate_uri TF_JAR_URI "$TF_JAR_URI"
tf_validate_uri TF_BOOTSTRAP_URI "$TF_BOOTSTRAP_URI"
if [[ ! -f "$jar_file" ]]; then
  [[ "$TF_DRY_RUN" == true ]] || tf_die "job jar not found: $jar_file (build it: ./mvnw -pl spark-pipeline -am package)"
fi

tf_dry_run_banner
tf_aws s3 cp --only-show-errors "$jar_file" "$TF_JAR_URI"
tf_aws s3 cp --only-show-errors "$TF_MODULE_DIR/bootstrap/install-trendfinder.sh" "$TF_BOOTSTRAP_URI"
tf_aws s3 sync --only-show-errors --exclude '*.env' "$TF_REPO_DIR/conf/" "${TF_APP_URI%/}/conf/"
