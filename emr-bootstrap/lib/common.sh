# shellcheck shell=bash
# shellcheck disable=SC2034 # the TF_ variables set here are read by the scripts that source this file
# Shared functions of the TrendFinder operator scripts (emr-bootstrap/bin/*.sh). Sourced, never run.
#
# Settings come from conf/emr.env (non-secret, documented there); --conf FILE picks another file,
# --set KEY=VALUE and each script's own flags override single settings. Credentials never live in a
# file here: the AWS CLI finds them itself (profile, SSO, instance role).

TF_MAIN_CLASS="org.trendfinder.pipeline.Main"
TF_MIN_RELEASE_LABEL="emr-7.12.0"
TF_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TF_MODULE_DIR="$(dirname "$TF_LIB_DIR")"
TF_REPO_DIR="$(dirname "$TF_MODULE_DIR")"
TF_DRY_RUN=false
TF_CONF_FILE="${TF_CONF:-$TF_REPO_DIR/conf/emr.env}"
TF_WORK_DIR=""
TF_SHIFT=0
declare -a TF_OVERRIDES=()

tf_die() {
  printf '%s: error: %s\n' "$(basename "$0")" "$*" >&2
  exit 2
}

tf_log() {
  printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(basename "$0")" "$*" >&2
}

tf_require_cmd() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || tf_die "'$cmd' is required but not installed"
  done
}

# The flags every script understands. Sets TF_SHIFT to the number of arguments consumed, or returns 1
# when the first argument is not a common flag. Overrides are applied after the conf file is loaded.
tf_common_flag() {
  TF_SHIFT=0
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    --dry-run)
      TF_DRY_RUN=true
      TF_SHIFT=1
      ;;
    --conf)
      tf_need_value "$@"
      TF_CONF_FILE="$2"
      TF_SHIFT=2
      ;;
    --set)
      tf_need_value "$@"
      [[ "$2" =~ ^TF_[A-Z0-9_]+=.*$ ]] || tf_die "--set wants TF_KEY=VALUE, got '$2'"
      TF_OVERRIDES+=("$2")
      TF_SHIFT=2
      ;;
    --time-zone)
      tf_need_value "$@"
      TF_OVERRIDES+=("TF_TIME_ZONE=$2")
      TF_SHIFT=2
      ;;
    --region)
      tf_need_value "$@"
      TF_OVERRIDES+=("TF_REGION=$2")
      TF_SHIFT=2
      ;;
    --work-dir)
      tf_need_value "$@"
      TF_WORK_DIR="$2"
      TF_SHIFT=2
      ;;
    *)
      return 1
      ;;
  esac
}

# The flags of the scripts that submit a pipeline run, then the common flags: --run-date and --mode into the
# caller's run_date and mode (read by tf_resolve_pipeline_run), --input, --output and --jar as overrides.
# Sets TF_SHIFT like tf_common_flag and returns 1 when the first argument is neither kind of flag.
tf_pipeline_flag() {
  TF_SHIFT=2
  case "$1" in
    --run-date) tf_need_value "$@"; run_date="$2" ;;
    --input) tf_need_value "$@"; TF_OVERRIDES+=("TF_INPUT_URI=$2") ;;
    --output) tf_need_value "$@"; TF_OVERRIDES+=("TF_STORE_URI=$2") ;;
    --jar) tf_need_value "$@"; TF_OVERRIDES+=("TF_JAR_URI=$2") ;;
    --mode) tf_need_value "$@"; mode="$2" ;;
    *) tf_common_flag "$@" ;;
  esac
}

tf_common_usage() {
  cat <<'EOF'
Common options:
  --conf FILE         settings file (default: conf/emr.env of this repository, or $TF_CONF)
  --set TF_KEY=VALUE  override one setting of the settings file (repeatable; keys the file derives
                      from it, e.g. TF_INPUT_URI from TF_BUCKET, are not recomputed)
  --time-zone ZONE    the time zone that "today" is taken in (TF_TIME_ZONE), e.g. America/New_York
  --region REGION     AWS region (TF_REGION)
  --work-dir DIR      keep the generated JSON files in DIR (default: a temporary folder, removed on exit)
  --dry-run           print the exact commands and JSON documents; execute nothing
  -h, --help          this help
EOF
}

# The help lines of the flags tf_pipeline_flag reads, in the column layout of the scripts' own options.
tf_pipeline_usage() {
  cat <<'EOF'
  --run-date YYYY-MM-DD   the run date (default: today in TF_TIME_ZONE)
  --input URI             projects to read (TF_INPUT_URI)
  --output URI            the trend store (TF_STORE_URI)
  --jar URI               the job jar (TF_JAR_URI)
  --mode default|classic  the pipeline's mode (TF_PIPELINE_MODE)
EOF
}

tf_need_value() {
  [[ $# -ge 2 && -n "$2" && "$2" != --* ]] || tf_die "option $1 needs a value"
}

# Loads the settings file, then applies --set/flag overrides on top of it.
tf_load_settings() {
  [[ -f "$TF_CONF_FILE" ]] || tf_die "settings file not found: $TF_CONF_FILE (copy conf/emr.env or pass --conf FILE)"
  # shellcheck source=/dev/null # the settings file is data (KEY=value lines), checked by the tests
  source "$TF_CONF_FILE"
  local override
  for override in "${TF_OVERRIDES[@]+"${TF_OVERRIDES[@]}"}"; do
    printf -v "${override%%=*}" '%s' "${override#*=}"
  done
  : "${TF_TIME_ZONE:=America/New_York}"
  tf_validate_time_zone "$TF_TIME_ZONE"
}

# Fails naming every listed setting that is empty.
tf_require_settings() {
  local name missing=()
  for name in "$@"; do
    [[ -n "${!name:-}" ]] || missing+=("$name")
  done
  if ((${#missing[@]})); then
    tf_die "missing required setting(s): ${missing[*]} (set them in $TF_CONF_FILE or pass the matching flag / --set KEY=VALUE)"
  fi
}

tf_validate_time_zone() {
  local zone="$1"
  # TZ=<unknown zone> makes date fall back to UTC silently, so check the zone database instead.
  [[ "$zone" =~ ^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$ && -f "/usr/share/zoneinfo/$zone" ]] ||
    tf_die "unknown time zone '$zone' (want an IANA name such as America/New_York; is tzdata installed?)"
}

# Today's date in the stated time zone, YYYY-MM-DD.
tf_today() {
  TZ="$TF_TIME_ZONE" date +%F
}

tf_validate_date() {
  local what="$1" value="$2"
  [[ "$value" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] ||
    tf_die "$what must be a date YYYY-MM-DD, got '$value'"
  [[ "$(date -u -d "$value" +%F 2>/dev/null)" == "$value" ]] ||
    tf_die "$what is not a calendar date: '$value'"
}

# The run date: the given one (validated) or today in TF_TIME_ZONE.
tf_run_date() {
  local given="${1:-}"
  if [[ -z "$given" ]]; then
    tf_today
  else
    tf_validate_date "--run-date" "$given"
    printf '%s\n' "$given"
  fi
}

# Whole days from the first date to the second (both YYYY-MM-DD).
tf_days_between() {
  local from to
  from=$(date -u -d "$1" +%s)
  to=$(date -u -d "$2" +%s)
  printf '%s\n' $(((to - from) / 86400))
}

tf_validate_uri() {
  local what="$1" value="$2"
  [[ "$value" =~ ^s3a?://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$ ]] ||
    tf_die "$what must be an s3:// or s3a:// URI, got '$value'"
}

tf_validate_release_label() {
  local label="$1" version min
  [[ "$label" =~ ^emr-([0-9]+\.[0-9]+\.[0-9]+)$ ]] || tf_die "release label must look like emr-7.12.0, got '$label'"
  version="${BASH_REMATCH[1]}"
  min="${TF_MIN_RELEASE_LABEL#emr-}"
  [[ "$(printf '%s\n%s\n' "$min" "$version" | sort -V | head -n1)" == "$min" ]] ||
    tf_die "release label $label is older than $TF_MIN_RELEASE_LABEL (Spark 3.5.6, Hadoop 3.4, Java 17 are needed)"
}

# The run of the pipeline a script submits: the run date (its --run-date flag, else today in TF_TIME_ZONE)
# and mode (flag, else TF_PIPELINE_MODE) into the caller's run_date and mode, and the job's URIs validated.
tf_resolve_pipeline_run() {
  run_date="$(tf_run_date "$run_date")"
  mode="${mode:-${TF_PIPELINE_MODE:-}}"
  tf_validate_mode "$mode"
  tf_validate_uri --input "$TF_INPUT_URI"
  tf_validate_uri --output "$TF_STORE_URI"
  tf_validate_uri --jar "$TF_JAR_URI"
}

tf_validate_mode() {
  [[ -z "$1" || "$1" == default || "$1" == classic ]] || tf_die "--mode must be default or classic, got '$1'"
}

# The pipeline's command line: run --input URI --output URI --run-date DATE [--mode M] [--config FILE].
# Prints one argument per line (read it with mapfile).
tf_pipeline_args() {
  local input="$1" output="$2" run_date="$3" mode="${4:-}" config="${5:-}"
  printf '%s\n' run --input "$input" --output "$output" --run-date "$run_date"
  [[ -z "$mode" ]] || printf '%s\n' --mode "$mode"
  [[ -z "$config" ]] || printf '%s\n' --config "$config"
}

# A JSON array of strings from the arguments.
tf_json_array() {
  # NUL-separated through jq -R: jq 1.6's --args would still read "--deploy-mode" as its own option.
  if (($#)); then
    printf '%s\0' "$@" | jq -Rsc 'split("\u0000") | if .[-1] == "" then .[:-1] else . end'
  else
    printf '[]\n'
  fi
}

# The EMR step (aws emr --steps format): command-runner.jar running spark-submit in cluster mode.
tf_spark_step_json() {
  local name="$1" action_on_failure="$2" jar="$3" run_date="$4"
  shift 4
  local -a args=(spark-submit --deploy-mode cluster --name "trendfinder-$run_date" --class "$TF_MAIN_CLASS" "$jar" "$@")
  local args_json
  args_json="$(tf_json_array "${args[@]}")"
  jq -cn --arg name "$name" --arg action "$action_on_failure" --argjson args "$args_json" \
    '[{Type: "CUSTOM_JAR", Name: $name, ActionOnFailure: $action, Jar: "command-runner.jar", Args: $args}]'
}

# Fills ${TF_...} placeholders in a JSON file from the current settings; fails on an unset one.
tf_fill_template() {
  local file="$1" name
  local -a names
  # shellcheck disable=SC2016 # literal ${...}: the placeholders themselves
  mapfile -t names < <(grep -o '\${TF_[A-Z0-9_]*}' "$file" | sort -u | tr -d '${}')
  for name in "${names[@]+"${names[@]}"}"; do
    [[ -n "${!name:-}" ]] || tf_die "$file needs setting $name"
    export "${name?}"
  done
  jq -c 'walk(if type == "string" then gsub("\\$\\{(?<k>TF_[A-Z0-9_]+)\\}"; $ENV[.k]) else . end)' "$file"
}

tf_work_dir() {
  if [[ -z "$TF_WORK_DIR" ]]; then
    TF_WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/trendfinder.XXXXXX")"
    # shellcheck disable=SC2064 # expand now: the folder is known now
    trap "rm -rf '$TF_WORK_DIR'" EXIT
  else
    mkdir -p "$TF_WORK_DIR"
  fi
}

# Writes a JSON document (validated by jq) to the work folder and, on a dry run, prints it.
# Prints nothing else; the caller refers to it as file://$TF_WORK_DIR/NAME. Build the JSON into a
# variable first (x="$(...)"): set -e does not see a failure inside an argument's command substitution.
tf_write_json() {
  local name="$1" json="$2"
  [[ -n "$TF_WORK_DIR" && -d "$TF_WORK_DIR" ]] || tf_work_dir
  [[ -n "$json" ]] || tf_die "internal error: $name is empty"
  jq -c . <<<"$json" >"$TF_WORK_DIR/$name" || tf_die "internal error: $name is not valid JSON"
  if [[ "$TF_DRY_RUN" == true ]]; then
    printf '# file: %s\n' "$TF_WORK_DIR/$name"
    cat "$TF_WORK_DIR/$name"
  fi
}

# Prints an existing JSON file on a dry run (e.g. conf/spark-defaults-emr.json passed as file://).
tf_show_json_file() {
  jq -c . "$1" >/dev/null || tf_die "$1 is not valid JSON"
  if [[ "$TF_DRY_RUN" == true ]]; then
    printf '# file: %s\n' "$1"
    jq -c . "$1"
  fi
}

# Runs a command, or on a dry run prints it shell-quoted on one line (copy-paste ready).
tf_run() {
  if [[ "$TF_DRY_RUN" == true ]]; then
    printf '# command\n'
    printf '%q' "$1"
    shift
    printf ' %q' "$@"
    printf '\n'
  else
    tf_log "running: $*"
    "$@"
  fi
}

tf_dry_run_banner() {
  if [[ "$TF_DRY_RUN" == true ]]; then
    printf '# dry run: nothing is executed (settings: %s)\n' "$TF_CONF_FILE"
  fi
}

# The AWS CLI, with the region when one is set. Not required on a dry run.
tf_aws() {
  [[ "$TF_DRY_RUN" == true ]] || tf_require_cmd aws
  if [[ -n "${TF_REGION:-}" ]]; then
    tf_run aws --region "$TF_REGION" "$@"
  else
    tf_run aws "$@"
  fi
}
