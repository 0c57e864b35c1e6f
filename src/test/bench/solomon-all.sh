#!/usr/bin/env bash
# Runs `bench solomon` on every instance file in DIR at its best-known fleet and prints a summary:
# instances with every customer served, and the mean distance gap to best-known over those.
#   src/test/bench/solomon-all.sh DIR [--seconds 60 | --evaluations E] [--seed X] [other bench options]
# Environment: JAR (default target/quarkus-app/quarkus-run.jar), PARALLEL (default 1; at most 2 on a shared
# 2-core machine), OUT (default bench-results/solomon-all-<timestamp>). RESULT lines go to $OUT/results.txt.
set -euo pipefail
dir=${1:?usage: solomon-all.sh DIR [bench options]}
shift
jar=${JAR:-target/quarkus-app/quarkus-run.jar}
parallel=${PARALLEL:-1}
out=${OUT:-bench-results/solomon-all-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$out"
export jar out
opts=("$@")
[[ " ${opts[*]-} " == *" --seconds "* ]] || opts+=(--seconds 60)
printf '%s\n' "$dir"/*.txt | xargs -P "$parallel" -I{} bash -c '
  name=$(basename "$0" .txt)
  java -jar "$jar" bench solomon "$0" --out "$out/$name.sol" --results-dir "$out/runs" "$@" \
    | grep "^RESULT" >> "$out/results.txt" || true' {} "${opts[@]}"
sort -o "$out/results.txt" "$out/results.txt"
awk '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } n++
    split(f["served"], s, "/")
    if (s[1] == s[2] && f["feasible"] == "true") { full++; if (f["gap_pct"] != "NA") { gaps += f["gap_pct"]; g++ } }
    else short = short " " f["instance"] "(" f["served"] ")" }
  END { printf "SUMMARY instances=%d all_served=%d mean_gap_pct_served=%s short:%s\n", n, full,
          g ? sprintf("%.2f", gaps / g) : "NA", short ? short : " none" }' "$out/results.txt" | tee "$out/summary.txt"
