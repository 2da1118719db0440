#!/usr/bin/env bash
# clavin-side-by-side.sh: CLAVIN 2.1.0 and Sitrep on the same gold documents and the same places.
#
#   scripts/clavin-side-by-side.sh GOLD.xml... [--export FILE] [--index DIR] [--sitrep PATH]
#       [--hit-depth N] [--context-window N] [--fuzzy]
#
# Builds the sitrep-clavin-bench module, exports Sitrep's gazetteer ($SITREP_HOME, built by
# ./sitrep setup) unless --export names an export, builds CLAVIN's index from it once (cached in
# sitrep-clavin-bench/target/clavin-index), resolves the gold toponyms with CLAVIN, runs
# ./sitrep eval geo GOLD.xml --gold-toponyms --json, and prints one table per gold file.
# The workload and the definitions are in the Javadoc of org.sitrep.clavin.SideBySide.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
mvn -B -q -Dstyle.color=never -DskipTests -pl sitrep-clavin-bench package >&2
exec java ${CLAVIN_JAVA_OPTS:--Xmx2g} \
  -cp "sitrep-clavin-bench/target/classes:$(cat sitrep-clavin-bench/target/classpath.txt)" \
  org.sitrep.clavin.SideBySide "$@"
