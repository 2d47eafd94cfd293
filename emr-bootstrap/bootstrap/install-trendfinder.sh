#!/usr/bin/env bash
# EMR bootstrap action: installs the TrendFinder job jar and conf/ on this node.
#
# EMR runs it on every node, as the hadoop user, before the applications start, and may run it again
# on a replaced node, so it is idempotent: it only creates folders and replaces files with the same
# name (each via a temporary file and mv, so a half-copied jar is never seen). It never deletes.
# It is fetched from S3 on its own, so it does not source emr-bootstrap/lib/common.sh.
set -euo pipefail

usage() {
  cat <<'EOF_USAGE'
Usage: install-trendfinder.sh --app-uri s3://BUCKET/PREFIX [--dest DIR] [--dry-run]

Copies s3://BUCKET/PREFIX/trendfinder-pipeline.jar to DIR/lib/ and s3://BUCKET/PREFIX/conf/ to DIR/conf/
(default DIR: /home/hadoop/trendfinder), checks that a Java 17 runtime is installed and writes
DIR/env.sh exporting its JAVA_HOME for tools run on the node.

Options:
  --app-uri URI   where bin/upload-artifacts.sh put the jar and conf/ (required)
  --dest DIR      local folder (default: /home/hadoop/trendfinder)
  --dry-run       print what would be done; change nothing
  -h, --help      this help
EOF_USAGE
}

die() {
  printf 'install-trendfinder.sh: error: %s\n' "$*" >&2
  exit 2
}

app_uri=""
dest="/home/hadoop/trendfinder"
dry_run=false
while (($#)); do
  case "$1" in
    --app-uri) [[ $# -ge 2 ]] || die "--app-uri needs a value"; app_uri="${2%/}"; shift 2 ;;
    --dest) [[ $# -ge 2 ]] || die "--dest needs a value"; dest="${2%/}"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ -n "$app_uri" ]] || die "--app-uri is required"
[[ "$app_uri" =~ ^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$ ]] || die "--app-uri must be an s3:// URI, got '$app_uri'"

run() {
  if [[ "$dry_run" == true ]]; then
    printf '%q' "$1"
    shift
    printf ' %q' "$@"
    printf '\n'
  else
    "$@"
  fi
}

# The newest installed Java 17 (Amazon Corretto on EMR 7.x images), or nothing.
find_java17() {
  local candidate
  for candidate in /usr/lib/jvm/jre-17 /usr/lib/jvm/java-17-amazon-corretto* /usr/lib/jvm/java-17-*; do
    if [[ -x "$candidate/bin/java" ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

[[ "$dry_run" == true ]] && printf '# dry run: nothing is executed\n'
run mkdir -p "$dest/lib" "$dest/conf"
run aws s3 cp --only-show-errors "$app_uri/trendfinder-pipeline.jar" "$dest/lib/trendfinder-pipeline.jar.part"
run mv -f "$dest/lib/trendfinder-pipeline.jar.part" "$dest/lib/trendfinder-pipeline.jar"
# sync without --delete: files are added or updated, never removed.
run aws s3 sync --only-show-errors "$app_uri/conf/" "$dest/conf/"

if java_home="$(find_java17)"; then
  if [[ "$dry_run" == true ]]; then
    printf '# write %s/env.sh: export JAVA_HOME=%s\n' "$dest" "$java_home"
  else
    printf 'export JAVA_HOME=%q\n' "$java_home" >"$dest/env.sh.part"
    mv -f "$dest/env.sh.part" "$dest/env.sh"
  fi
elif [[ "$dry_run" == true ]]; then
  printf '# no Java 17 under /usr/lib/jvm on this machine: on a node this fails\n'
else
  # EMR 7.x ships Corretto 17 as its default JVM; without it Spark 3.5.6 here is not what we tested.
  die "no Java 17 runtime under /usr/lib/jvm (is the release emr-7.12.0 or newer?)"
fi
[[ "$dry_run" == true ]] || printf 'installed TrendFinder from %s into %s\n' "$app_uri" "$dest"
