#!/usr/bin/env bash
# Builds the Elastic Beanstalk source bundle: trendfinder-dashboard.jar + Procfile + .ebextensions/.
# `./mvnw -pl vaadin-dashboard -am package` already writes it (target/trendfinder-dashboard-eb.zip); this script
# does the same from an existing jar, e.g. one downloaded from CI:
#   vaadin-dashboard/deploy/elastic-beanstalk/build-bundle.sh [path/to/trendfinder-dashboard.jar] [out.zip]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../../target/trendfinder-dashboard.jar}"
out="${2:-$here/../../target/trendfinder-dashboard-eb.zip}"
[[ -f "$jar" ]] || { echo "error: no dashboard jar at $jar (build it: ./mvnw -B -pl vaadin-dashboard -am package)" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$jar" "$stage/trendfinder-dashboard.jar"
cp "$here/Procfile" "$stage/"
cp -r "$here/.ebextensions" "$stage/"
rm -f "$out"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
(cd "$stage" && zip -q -r "$out" trendfinder-dashboard.jar Procfile .ebextensions)
echo "wrote $out"
