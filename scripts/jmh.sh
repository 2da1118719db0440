#!/usr/bin/env bash
# jmh.sh: builds the sitrep-bench module and runs JMH with its class path; arguments go to JMH.
#
#   scripts/jmh.sh PipelineBenchmark                 the whole pipeline, articles/s
#   scripts/jmh.sh PhraseTrieBenchmark -f 1 -wi 2 -i 3
#   scripts/jmh.sh -l                                list the benchmarks
#
# Each benchmark's Javadoc (sitrep-bench/src/main/java/org/sitrep/bench) states its workload.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
mvn -B -q -Dstyle.color=never -DskipTests -pl sitrep-bench -am package >&2
exec java -cp "$(cat sitrep-bench/target/classpath.txt):sitrep-bench/target/classes" \
  org.openjdk.jmh.Main "$@"
