#!/usr/bin/env bash
# A board pack of every module report for last quarter of the demo data, past 200 pages,
# assembled into one PDF: prints the pages, the assembly time and the peak heap.
# Target (issue 10): under 5 s and under 512 MB. The JVM is capped at 512 MB of heap.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
mvn -B -q -ntp -pl app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dmdep.excludeGroupIds=org.sightline >/dev/null
for m in kernel audits observations supervision complaints thematic workshops boardpacks; do mods="${mods:-}modules/$m/target/classes:"; done
CP="app/target/test-classes:app/target/classes:${mods}$(cat app/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" org.sightline.app.bench.PackBenchmark "${1:-3}"
