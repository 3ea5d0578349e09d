#!/usr/bin/env bash
# Scale run of the feed-validator command (issue 9, docs/benchmarks.md#scale): generates NDJSON feeds on
# disk, validates each with `java -jar feed-validator.jar validate --report json --no-progress FILE` in a
# heap capped at 1 GB + 24 bytes per distinct NIK, and reports wall and CPU time, records/s, max RSS, the largest
# heap left after a GC (the live set: both cross-record indexes and everything else) and the wall-time
# ratio of the largest feed to the smallest.
#
#   ./run-scale.sh                          1M and 10M records (about 3.9 GB of feeds on disk)
#   ./run-scale.sh --sizes "100000 1000000" other sizes; the ratio is largest / smallest
#   ./run-scale.sh --runs 3                 run each size 3 times and keep the median wall time
#   ./run-scale.sh --seed 42                another feed (default: the benchmarks' seed 20210816)
#   ./run-scale.sh --heap-mib 4096          a fixed heap instead of the cap (e.g. to compare)
#   ./run-scale.sh --sizes 1000000 --threads "1 2" --runs 3
#                                           each size with --threads 1 and with --threads 2 in the same run
#                                           (interleaved): speed-up, CPU, whether the report bytes are equal
#                                           (but for the run's startedAt, finishedAt and durationMillis),
#                                           and two physical references of the same file in the same run: a
#                                           newline byte scan (one thread) and the raw Jackson token pass with
#                                           --threads 1 and 2 (RawJacksonPass); the command's records/s per core
#                                           and its ratios to both
#
# The ratio is printed as measured, and also net of the command's fixed cost (JVM start, class loading,
# report), estimated as the median wall time of a 1,000-record feed run the same way.
#
# Feeds go to examples/benchmarks/results/feeds/ (git-ignored) and are reused when present with their
# .stats file; KEEP_FEEDS=0 deletes them at the end. Results (report, GC log, time -v output, summary) go
# to examples/benchmarks/results/scale-<UTC timestamp>/. Set MVN_ARGS=-o to build offline, SKIP_BUILD=1 to
# reuse the jars, CLI_JAR to measure another build of the command, JAVA for another java, JAVA_OPTS for extra
# JVM flags of the measured runs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA:-java}"

sizes="1000000 10000000"
seed=20210816
runs=1
fixed_heap_mib=""
threads_list=""   # empty: the command's default (every core), no --threads flag
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --heap-mib) fixed_heap_mib="$2"; shift ;;
    --threads) threads_list="$2"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { print }' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -ntp -q ${MVN_ARGS:-} -pl examples/benchmarks,examples/feed-validator -am package -DskipTests)
fi
bench_jar="$here/target/benchmarks.jar"
cli_jar="${CLI_JAR:-$root/examples/feed-validator/target/feed-validator.jar}"
for j in "$bench_jar" "$cli_jar"; do
  [[ -f "$j" ]] || { echo "missing $j: build first (without SKIP_BUILD=1)" >&2; exit 2; }
done

feeds="$here/results/feeds"
out="$here/results/scale-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$feeds" "$out"
summary="$out/summary.txt"

stat_of() { sed -n "s/^$2=//p" "$1"; }

fixed=1000   # the tiny feed that estimates the fixed cost of a run
# (i) the feeds, generated deterministically unless already there
for n in $fixed $sizes; do
  feed="$feeds/feed-$n-$seed.ndjson"
  if [[ -f "$feed" && -f "$feed.stats" ]]; then
    echo "feed $n: reusing $feed" >&2
    continue
  fi
  need=$(( n * 360 + 512 * 1024 * 1024 ))   # 349.4 bytes a record on average, plus a margin
  avail=$(df -B1 --output=avail "$feeds" | tail -1 | tr -d ' ')
  if (( avail < need )); then
    echo "not enough disk for $n records: need about $(( need >> 20 )) MiB under $feeds, $(( avail >> 20 )) MiB free;" \
      "run with smaller --sizes" >&2
    exit 3
  fi
  echo "feed $n: generating $feed" >&2
  t0=$(date +%s%N)
  "$java" -Xmx1g -cp "$bench_jar" id.prakerja.benchmarks.GenerateFeed --records "$n" --seed "$seed" --out "$feed" \
    > "$feed.stats.tmp"
  mv "$feed.stats.tmp" "$feed.stats"
  echo "feed $n: $(stat_of "$feed.stats" bytes) bytes in $(( ($(date +%s%N) - t0) / 1000000 )) ms" >&2
done

# (ii)+(iii) one measured run: wall time, max RSS, GC log
run_one() { # size run heap threads tag -> prints "wall_ns exit"
  local n="$1" r="$2" heap="$3" t="$4" tag="$5" feed="$feeds/feed-$1-$seed.ndjson"
  local t0 t1 rc=0 flag=()
  [[ "$t" != default ]] && flag=(--threads "$t")
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$out/time-$tag.txt" \
    "$java" "-Xmx${heap}m" "-Xlog:gc*:file=$out/gc-$tag.log:uptime,level,tags" ${JAVA_OPTS:-} \
    -jar "$cli_jar" validate --report json --no-progress "${flag[@]}" "$feed" > "$out/report-$tag.json" \
    2> "$out/stderr-$tag.txt" || rc=$?
  t1=$(date +%s%N)
  echo "$(( t1 - t0 )) $rc"
}

# the largest heap after any GC pause, and the number of pauses, from a unified GC log
heap_after_gc() {
  grep -E '\]\[gc +\] GC\([0-9]+\) Pause' "$1" \
    | sed -E 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\2 \3/' \
    | awk 'BEGIN { max = 0; n = 0 } { n++; if ($1 > max) { max = $1; cap = $2 } } END { printf "%d %d %d\n", max, cap, n }'
}

{
  echo "# run-scale.sh $(date -u +%Y-%m-%dT%H:%M:%SZ), seed $seed, runs $runs, sizes: $sizes"
  echo "# $("$java" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "# $cli_jar"
  echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS='${JAVA_OPTS:-}'"
  echo "# uptime: $(uptime)"
  echo "# threads: ${threads_list:-default (every core, no --threads flag)}"
  printf '%-10s %7s %4s %12s %12s %8s %8s %8s %8s %8s %7s %7s %11s %5s %5s\n' \
    records threads run bytes distinctNIKs heapMiB wall_s cpu_s rec/s_k MB/s rssMiB liveMiB "(of MiB)" GCs exit
} | tee "$summary"

heap_for() { # the -Xmx in MiB for size $1
  if [[ -n "$fixed_heap_mib" ]]; then
    echo "$fixed_heap_mib"
  else
    # the cap: 1 GB (10^9 bytes, the stricter reading) + 24 bytes per distinct NIK, rounded down to MiB
    echo $(( (1000000000 + 24 * $(stat_of "$feeds/feed-$1-$seed.ndjson.stats" distinctNiks)) / 1048576 ))
  fi
}

# the sizes interleaved run by run (fixed, 1M, 10M, fixed, 1M, 10M, ...), so that a change in the load of
# the machine weighs on every size alike
declare -A walls cpus scans raws raw_tokens
tlist="${threads_list:-default}"
first_t="${tlist%% *}"
for (( r = 1; r <= runs; r++ )); do
  for n in $fixed $sizes; do
    feed="$feeds/feed-$n-$seed.ndjson"
    heap=$(heap_for "$n")
    for t in $tlist; do
      if [[ "$t" == default ]]; then tag="$n-run$r"; else tag="$n-t$t-run$r"; fi
      read -r ns rc < <(run_one "$n" "$r" "$heap" "$t" "$tag")
      if (( rc > 1 )); then
        echo "run $tag failed (exit $rc): see $out/stderr-$tag.txt" >&2
        tail -5 "$out/stderr-$tag.txt" >&2
      fi
      got=$(grep -m1 -E '^  "records" : ' "$out/report-$tag.json" | tr -dc '0-9' || true)
      if [[ "$got" != "$n" ]]; then
        echo "run $tag: the report counts '${got}' records, not $n" >&2
      fi
      rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time-$tag.txt")
      user=$(sed -n 's/.*User time (seconds): //p' "$out/time-$tag.txt")
      sys=$(sed -n 's/.*System time (seconds): //p' "$out/time-$tag.txt")
      read -r live live_of gcs < <(heap_after_gc "$out/gc-$tag.log")
      awk -v n="$n" -v t="$t" -v r="$r" -v b="$(stat_of "$feed.stats" bytes)" -v d="$(stat_of "$feed.stats" distinctNiks)" \
        -v h="$heap" -v ns="$ns" -v cpu="$user $sys" -v rss="$rss_kb" -v live="$live" -v of="$live_of" \
        -v gcs="$gcs" -v rc="$rc" 'BEGIN {
          s = ns / 1e9; split(cpu, c, " ")
          printf "%-10d %7s %4d %12.0f %12d %8d %8.2f %8.2f %8.1f %8.1f %7d %7d %11s %5d %5d\n",
            n, t, r, b, d, h, s, c[1] + c[2], n / s / 1000, b / 1e6 / s, rss / 1024, live, "(" of ")", gcs, rc }' \
        | tee -a "$summary"
      walls[$n:$t]="${walls[$n:$t]:-} $ns"
      cpus[$n:$t]="${cpus[$n:$t]:-} $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (u + s) * 1e9 }')"
    done
    if [[ -n "$threads_list" && "$n" != "$fixed" ]]; then
      # the physical references, in the same run: a newline byte scan of the same file (best of 3 passes,
      # one thread) and the raw Jackson token pass (best of 3 passes) on each thread count of the command
      java_scan=$("$java" -cp "$bench_jar" id.prakerja.benchmarks.NewlineScan "$feed" 3)
      scan_lines=$(sed -n 's/^lines=//p' <<< "$java_scan")
      if [[ "$scan_lines" != "$(stat_of "$feed.stats" records)" ]]; then
        echo "FAILED: NewlineScan counted '$scan_lines' lines in $feed, its .stats says $(stat_of "$feed.stats" records) records" >&2
        exit 4
      fi
      scans[$n]="${scans[$n]:-} $(sed -n 's/^bestNs=//p' <<< "$java_scan")"
      for t in $tlist; do
        rt="$t"; [[ "$t" == default ]] && rt=$(nproc)
        raw=$("$java" -cp "$bench_jar" id.prakerja.benchmarks.RawJacksonPass "$feed" 3 --threads "$rt")
        raw_records=$(sed -n 's/^records=//p' <<< "$raw")
        raw_bad=$(sed -n 's/^malformed=//p' <<< "$raw")
        tokens=$(sed -n 's/^tokens=//p' <<< "$raw")
        if [[ "$raw_records" != "$(stat_of "$feed.stats" records)" || "$raw_bad" != 0 ]]; then
          echo "FAILED: RawJacksonPass --threads $rt read '$raw_records' records ('$raw_bad' malformed) in $feed," \
            "its .stats says $(stat_of "$feed.stats" records) records" >&2
          exit 4
        fi
        if [[ -n "${raw_tokens[$n]:-}" && "${raw_tokens[$n]}" != "$tokens" ]]; then
          echo "FAILED: RawJacksonPass --threads $rt read $tokens tokens in $feed, an earlier pass ${raw_tokens[$n]}" >&2
          exit 4
        fi
        raw_tokens[$n]="$tokens"
        raws[$n:$t]="${raws[$n:$t]:-} $(sed -n 's/^bestNs=//p' <<< "$raw")"
      done
    fi
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
declare -A wall cpu
for n in $fixed $sizes; do
  for t in $tlist; do
    wall[$n:$t]=$(median ${walls[$n:$t]})
    cpu[$n:$t]=$(median ${cpus[$n:$t]})
  done
done

# (v) threads: the speed-up of each thread count over the first, the CPU it took, whether every run's report
# is byte for byte the first thread count's, and the command per core against the two physical references:
# the newline byte scan (one thread) and the raw Jackson token pass on the same number of threads
# a report's bytes without the three lines of its run object that are the clock's (startedAt, finishedAt,
# durationMillis: docs/wire-formats.md), which differ between any two runs
report_body() { grep -v -E '^    "(startedAt|finishedAt|durationMillis)" : ' "$1"; }
if [[ -n "$threads_list" ]]; then
  echo | tee -a "$summary"
  for n in $sizes; do
    bytes=$(stat_of "$feeds/feed-$n-$seed.ndjson.stats" bytes)
    scan=$(median ${scans[$n]})
    awk -v n="$n" -v b="$bytes" -v sc="$scan" 'BEGIN {
      printf "%d records: newline byte scan (best of 3 passes, one thread, median of the runs) %.3f s, %.0f MB/s, %.0f k records/s\n",
        n, sc / 1e9, b / 1e6 / (sc / 1e9), n / (sc / 1e9) / 1000 }' \
      | tee -a "$summary"
    for t in $tlist; do
      rt="$t"; [[ "$t" == default ]] && rt=$(nproc)
      raw=$(median ${raws[$n:$t]})
      awk -v n="$n" -v t="$rt" -v b="$bytes" -v rw="$raw" -v tok="${raw_tokens[$n]}" 'BEGIN {
        printf "%d records: raw Jackson token pass --threads %d (best of 3 passes, median of the runs) %.3f s, %.0f MB/s,", n, t, rw / 1e9, b / 1e6 / (rw / 1e9)
        printf " %.0f k records/s = %.0f k records/s per core; %d records, %d tokens\n", n / (rw / 1e9) / 1000, n / (rw / 1e9) / 1000 / t, n, tok }' \
        | tee -a "$summary"
    done
    for t in $tlist; do
      same="equal"
      for (( r = 1; r <= runs; r++ )); do
        cmp -s <(report_body "$out/report-$n-t$first_t-run1.json") <(report_body "$out/report-$n-t$t-run$r.json") \
          || same="DIFFERENT (run $r)"
      done
      awk -v n="$n" -v t="$t" -v ft="$first_t" -v w1="${wall[$n:$first_t]}" -v wt="${wall[$n:$t]}" \
        -v c1="${cpu[$n:$first_t]}" -v ct="${cpu[$n:$t]}" -v b="$bytes" -v sc="$scan" -v same="$same" 'BEGIN {
        mbs = b / 1e6 / (wt / 1e9)
        printf "%d records, --threads %s: wall %.2f s (median), speed-up over --threads %s %.2fx, CPU %.2f s (%.2fx);",
          n, t, wt / 1e9, ft, w1 / wt, ct / 1e9, ct / c1
        printf " %.0f MB/s = %.0f MB/s per thread = %.1f%% of the byte scan per thread; report bytes %s\n",
          mbs, mbs / t, 100 * (mbs / t) / (b / 1e6 / (sc / 1e9)), same " (but for the run'"'"'s clock lines)" }' | tee -a "$summary"
    done
    for t in $tlist; do
      rt="$t"; [[ "$t" == default ]] && rt=$(nproc)
      awk -v n="$n" -v t="$rt" -v wt="${wall[$n:$t]}" -v sc="$scan" -v rw="$(median ${raws[$n:$t]})" 'BEGIN {
        cmd = n / (wt / 1e9) / t; nl = n / (sc / 1e9); rj = n / (rw / 1e9) / t
        printf "%d records, --threads %d: the command %.1f k records/s per core; command/newline-scan %.3f (%.0f k records/s, one thread);",
          n, t, cmd / 1000, cmd / nl, nl / 1000
        printf " command/raw-Jackson %.3f (%.1f k records/s per core at --threads %d)\n", cmd / rj, rj / 1000, t }' \
        | tee -a "$summary"
    done
  done
fi

# (iv) the wall-time ratio of the largest feed to the smallest (median of the runs)
small=$(printf '%s\n' $sizes | sort -n | head -1)
large=$(printf '%s\n' $sizes | sort -n | tail -1)
if [[ -n "$small" && -n "$large" && "$small" != "$large" ]]; then
  awk -v s="$small" -v l="$large" -v ws="${wall[$small:$first_t]}" -v wl="${wall[$large:$first_t]}" \
    -v wf="${wall[$fixed:$first_t]}" -v cs="${cpu[$small:$first_t]}" -v cl="${cpu[$large:$first_t]}" -v f="$fixed" -v ft="$first_t" 'BEGIN {
    ideal = l / s; ratio = wl / ws; net = (wl - wf) / (ws - wf)
    verdict = "n/a"
    if (ideal == 10) verdict = (ratio >= 8.5 && ratio <= 11.5 ? "within" : "outside")
    printf "\n(--threads %s) wall-time ratio %d/%d records: %.2f as measured (linear: %.1f; target 10 +/- 1.5: %s)\n",
      ft, l, s, ratio, ideal, verdict
    printf "net of the fixed cost (%.2f s, the median wall of %d records): %.2f\n", wf / 1e9, f, net
    printf "CPU-time ratio (user + system, all threads: JIT and GC included): %.2f\n", cl / cs }' \
    | tee -a "$summary"
fi
echo "results: $out" >&2

if [[ "${KEEP_FEEDS:-1}" == 0 ]]; then
  for n in $fixed $sizes; do rm -f "$feeds/feed-$n-$seed.ndjson" "$feeds/feed-$n-$seed.ndjson.stats"; done
fi
