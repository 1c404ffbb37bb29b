#!/usr/bin/env bash
# Runs the portal at http://localhost:8080 on the embedded H2 database with demo data.
# Builds app/target/sightline.jar first when it is missing or older than the sources.
# Extra arguments go to the portal, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
. .ci/jdk.sh
jar=app/target/sightline.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml app modules frontend config -newer "$jar" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
  echo "Building Sightline (first time: a few minutes while Maven downloads dependencies)…"
  mvn -B -q -ntp -DskipTests package
fi
exec java -jar "$jar" "$@"
