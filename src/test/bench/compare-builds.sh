#!/usr/bin/env bash
# Compares the solver speed of two builds side by side: for each case and seed, the OLD and NEW jar solve the same
# problem at the same moment (so both share whatever else the machine is doing), and the script prints each pair's
# calc_per_cpu_s (score calculations per CPU second of the solving thread) and the new/old ratio, then the median
# and spread per case. Figures also go to bench-results/compare-<time>.txt.
#
#   src/test/bench/compare-builds.sh OLD/quarkus-run.jar NEW/quarkus-run.jar [SECONDS] [SEEDS] [HHCRSP_DIR]
#
# HHCRSP_DIR holds the Kummer and InstanzCPLEX instances (default ../shared/bench/hhcrsp/instances).
set -euo pipefail
old=$1; new=$2; seconds=${3:-20}; seeds=${4:-"1 2 3"}; dir=${5:-../shared/bench/hhcrsp/instances}
mkdir -p bench-results; out=bench-results/compare-$(date -u +%Y%m%d-%H%M%S).txt
cases=("hhcrsp $dir/HHCRSP_25_5_21_1.6_R_RC.json" "hhcrsp $dir/HHCRSP_50_10_100_1.6_C_C.json"
       "hhcrsp $dir/InstanzCPLEX_HCSRP_25_1.json" "team M")
figure() { grep -o 'calc_per_cpu_s=[0-9-]*' "$1" | cut -d= -f2; }
for c in "${cases[@]}"; do
  ratios=()
  for s in $seeds; do
    extra=(); [[ $c == hhcrsp* ]] && extra=(--out "$(mktemp)")
    java -jar "$old" bench $c --seconds "$seconds" --seed "$s" --results-dir bench-results "${extra[@]}" > /tmp/cmp-old.$$ 2>&1 &
    java -jar "$new" bench $c --seconds "$seconds" --seed "$s" --results-dir bench-results "${extra[@]}" > /tmp/cmp-new.$$ 2>&1
    wait
    o=$(figure /tmp/cmp-old.$$); n=$(figure /tmp/cmp-new.$$)
    r=$(python3 -c "print(f'{$n/$o:.2f}')")
    ratios+=("$r")
    echo "case=\"$(basename ${c##* })\" seed=$s old_calc_per_cpu_s=$o new_calc_per_cpu_s=$n ratio=$r" | tee -a "$out"
  done
  printf '%s\n' "${ratios[@]}" | python3 -c "
import sys,statistics; r=sorted(float(x) for x in sys.stdin)
print(f'RESULT case=\"$(basename ${c##* })\" median_ratio={statistics.median(r):.2f} min={r[0]:.2f} max={r[-1]:.2f}')" | tee -a "$out"
done
rm -f /tmp/cmp-old.$$ /tmp/cmp-new.$$
