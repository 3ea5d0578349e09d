#!/usr/bin/env bash
# Spark local[2] against the feed-validator command on the same generated NDJSON feed (issue 15 §4):
# wall time of each, the ratio spark / command, and whether the two JSON reports are equal (as JSON
# values: the command pretty-prints; its "run" metadata, which the Spark job does not write, left out).
# Not a unit test; figures go to docs/benchmarks.md.
#
#   ./run-spark.sh                   10M records (about 3.5 GB on disk)
#   ./run-spark.sh --records 1000000
#
# Needs the jars: ./mvnw -B -ntp -q -pl examples/benchmarks,examples/feed-validator,examples/spark-job -am package -DskipTests
# Feeds go to examples/benchmarks/results/feeds/ (git-ignored) and are reused; results to results/spark-<UTC>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA:-java}"
records=10000000
seed=20210816
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) records="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
bench_jar="${BENCH_JAR:-$here/target/benchmarks.jar}"
cli_jar="${CLI_JAR:-$root/examples/feed-validator/target/feed-validator.jar}"
job_dir="$root/examples/spark-job/target"
for f in "$bench_jar" "$cli_jar" "$job_dir/spark-job.jar" "$job_dir/spark-classpath.txt"; do
  [[ -f "$f" ]] || { echo "missing $f: build the jars first (see the header)" >&2; exit 2; }
done
feeds="$here/results/feeds"
out="$here/results/spark-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$feeds" "$out"
feed="$feeds/feed-$records-$seed.ndjson"
if [[ ! -f "$feed" ]]; then
  "$java" -Xmx1g -cp "$bench_jar" id.prakerja.benchmarks.GenerateFeed --records "$records" --seed "$seed" \
    --out "$feed" > "$feed.stats"
fi
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

t0=$(date +%s%N)
"$java" -Xmx2g -jar "$cli_jar" validate --report json --no-progress --threads 2 "$feed" > "$out/command.json" \
  2> "$out/command.err" || true
cmd_ms=$(ms "$t0")

t0=$(date +%s%N)
"$java" -Xmx2g --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$job_dir/spark-job.jar:$(cat "$job_dir/spark-classpath.txt")" id.prakerja.examples.sparkjob.SparkJob \
  --report "$out/spark.json" "$feed" > /dev/null 2> "$out/spark.err" || true
spark_ms=$(ms "$t0")

# the command's report has a "run" object (input, times) that the library's report has not: compared without it
equal=$(python3 -c "import json,sys; a = json.load(open(sys.argv[1])); a.pop('run', None); print(a == json.load(open(sys.argv[2])))" \
  "$out/command.json" "$out/spark.json")
{
  echo "records=$records seed=$seed cores=$(nproc) java=$("$java" -version 2>&1 | head -1)"
  echo "command --threads 2: ${cmd_ms} ms"
  echo "spark local[2]:      ${spark_ms} ms"
  echo "ratio spark/command: $(python3 -c "print(round($spark_ms/$cmd_ms, 2))")"
  echo "reports equal:       $equal"
} | tee "$out/summary.txt"
