#!/usr/bin/env bash
# Renders a ~200-page PDF of tables and charts and prints pages per second and peak heap.
# Target (issue 3): 200 pages in under 3 s on a 2-core machine, heap under 256 MB.
# The JVM is capped at 256 MB of heap, so a run that needs more fails with OutOfMemoryError.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
mvn -B -q -ntp -pl modules/kernel -am test-compile -DskipTests >/dev/null
mvn -B -q -ntp -pl modules/kernel dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="modules/kernel/target/test-classes:modules/kernel/target/classes:$(cat modules/kernel/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" org.sightline.kernel.pdf.PdfBenchmark "${1:-5}"
