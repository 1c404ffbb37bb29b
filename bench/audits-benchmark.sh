#!/usr/bin/env bash
# 100,000 case audits, then the first page of the audit list and the quarterly grade
# distribution, timed through the real services on H2 and on MariaDB. Prints the figures.
# Targets (issue 4): list page under 50 ms, distribution under 200 ms, on both databases.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
# One reactor build compiles everything and writes each module's third-party classpath; the
# project's own modules are added as class folders (not from a local repository).
mvn -B -q -ntp -pl app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dmdep.excludeGroupIds=org.sightline >/dev/null
for m in kernel audits workshops; do mods="${mods:-}modules/$m/target/classes:"; done
CP="app/target/test-classes:app/target/classes:${mods}$(cat app/target/bench-classpath.txt)"
RUN=("$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.sightline.app.bench.AuditsBenchmark)

echo "== H2 (embedded, in memory)"
"${RUN[@]}" "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0" sa ""
[ "${1:-}" = "h2" ] && exit 0

HOST=${SIGHTLINE_TEST_MARIADB_HOST:-127.0.0.1}
PORT=${SIGHTLINE_TEST_MARIADB_PORT:-3306}
DB="sightline_bench_$$"
if mariadb -h "$HOST" -P "$PORT" -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" 2>/dev/null; then
  trap 'mariadb -h "$HOST" -P "$PORT" -uroot -e "DROP DATABASE IF EXISTS $DB"' EXIT
  echo "== MariaDB ($HOST:$PORT)"
  "${RUN[@]}" "jdbc:mariadb://$HOST:$PORT/$DB" root ""
else
  echo "MariaDB not reachable at $HOST:$PORT: skipped" >&2
fi
