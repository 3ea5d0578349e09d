#!/usr/bin/env bash
# Builds target/benchmarks.jar and runs the prakerja benchmark suite (see docs/benchmarks.md).
#
#   ./run-benchmarks.sh                 smoke run: short iterations, a few minutes on 2 cores
#   ./run-benchmarks.sh --full          full iterations and forks, for figures worth publishing
#   ./run-benchmarks.sh --single ...    only the single-applicant group
#   ./run-benchmarks.sh --feed ...      only the feed group
#   ./run-benchmarks.sh -- <JMH args>   extra JMH arguments for both groups, e.g. -- -p records=100000
#
# Results land in examples/benchmarks/results/ as <group>-<UTC timestamp>.json (JMH JSON) and .txt
# (the console output). Set MVN_ARGS=-o to build offline, SKIP_BUILD=1 to reuse an existing jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

mode=smoke
groups="single feed"
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --full) mode=full ;;
    --single) groups="single" ;;
    --feed) groups="feed" ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -ntp -q ${MVN_ARGS:-} -pl examples/benchmarks -am package -DskipTests)
fi
jar="$here/target/benchmarks.jar"
out="$here/results"
mkdir -p "$out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

if [[ "$mode" == smoke ]]; then
  # One fork, one 1 s warm-up iteration, two 1 s measurements: a smoke check, not a measurement.
  single_opts=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  feed_opts=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
else
  single_opts=(-f 3 -wi 5 -w 2s -i 10 -r 2s)
  feed_opts=(-f 2 -wi 3 -w 10s -i 5 -r 10s)
fi

run() {
  local group="$1" pattern="$2"; shift 2
  echo "== $group ($mode): java -jar benchmarks.jar $pattern $*" >&2
  java -jar "$jar" "$pattern" "$@" -prof gc -rf json -rff "$out/$group-$stamp.json" ${extra[@]+"${extra[@]}"} \
    | tee "$out/$group-$stamp.txt"
}

for g in $groups; do
  case "$g" in
    single) run single 'SingleApplicantBenchmark' "${single_opts[@]}" ;;
    feed) run feed 'FeedBenchmark' "${feed_opts[@]}" ;;
  esac
done
echo "results: $out/*-$stamp.{json,txt}" >&2
