# Sourced by run.sh and .ci/run: selects a JDK 21 or newer (the machine's default java is 17).
pick_jdk() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
      if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
    fi
  done
  return 1
}
JAVA_HOME=$(pick_jdk) || { echo "FATAL: no JDK 21+ found under /usr/lib/jvm (install Temurin 25 or OpenJDK 21)" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
