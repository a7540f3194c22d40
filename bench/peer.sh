#!/usr/bin/env bash
# Side by side: EvalGate, promptfoo and a bare fetch loop through the project's shared peer
# harness (shared/bench/peer/, beside the repository), in the same run on the same machine.
# The harness is read-only, so it is copied to a writable folder first; its node_modules
# (Node 24 and promptfoo, installed from its package-lock on first use, about 70 s) stay there
# between runs. EvalGate is added through the harness's adapter hooks (`evalgate_cmd`,
# `evalgate_verify`), exported as functions so the harness itself is run unchanged.
#
# Usage: bash bench/peer.sh            (or BENCH_PEER=1 npm run bench, which runs it afterwards)
# Knobs (env): PEER_DIR=../shared/bench/peer  PEER_WORK=$TMPDIR/evalgate-peer-bench
#              EVALGATE_DIST=dist/index.js  N=200  REPS=3  COLD_REPS=10
#              TOOLS="baseline promptfoo evalgate"  CONCURRENCIES="4 16"  RL_CONCURRENCIES=16
#              and every other knob of the harness's run-bench.sh (LATENCY_MS, RL_EVERY, …).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PEER_DIR=${PEER_DIR:-$ROOT/../shared/bench/peer}
PEER_WORK=${PEER_WORK:-${TMPDIR:-/tmp}/evalgate-peer-bench}
EVALGATE_DIST=${EVALGATE_DIST:-$ROOT/dist/index.js}
COLD_REPS=${COLD_REPS:-10}
export N=${N:-200}

[ -f "$PEER_DIR/run-bench.sh" ] || { echo "bench/peer.sh: no peer harness at $PEER_DIR (set PEER_DIR)" >&2; exit 2; }
[ -f "$EVALGATE_DIST" ] || { echo "bench/peer.sh: $EVALGATE_DIST does not exist: run \"npm run build\" first" >&2; exit 2; }
EVALGATE_DIST=$(cd "$(dirname "$EVALGATE_DIST")" && pwd)/$(basename "$EVALGATE_DIST")

mkdir -p "$PEER_WORK"
# Everything but results/ and node_modules/: a harness update is picked up, the install is kept.
find "$PEER_DIR" -maxdepth 1 -type f -exec cp -f {} "$PEER_WORK/" \;
chmod -R u+w "$PEER_WORK"
export OUT=${OUT:-$PEER_WORK/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

export EVALGATE_DIST EVALGATE_SUITE="$OUT/evalgate-suite"
node "$ROOT/bench/suite.mjs" "$N" "$EVALGATE_SUITE"

# The harness's adapter contract (see the top of run-bench.sh): CMD is the command line to time;
# verify prints "passed failed errors loop_ms".
evalgate_cmd() { # OUTPREFIX C BASEURL
  CMD=(env -C "$EVALGATE_SUITE" node "$EVALGATE_DIST" run --config evalgate.yaml --max-concurrency "$2" --openai-base-url "$3" --out "$1.evalgate")
}
evalgate_verify() { # OUTPREFIX
  node -e 'try{const r=require(process.argv[1]);console.log(r.totals.passed,r.totals.failed,r.totals.errors,r.meta.durationMs)}catch{console.log("- - - -")}' "$1.evalgate/evalgate-results.json"
}
export -f evalgate_cmd evalgate_verify

export TOOLS=${TOOLS:-"baseline promptfoo evalgate"}
export RL_CONCURRENCIES=${RL_CONCURRENCIES:-16}
rc=0
bash "$PEER_WORK/run-bench.sh" || rc=$?

# The harness times promptfoo's cold start only: EvalGate's, with the same Node (24, from the
# harness's node_modules) and the same method (/usr/bin/time, after a warm-up).
export PATH="$PEER_WORK/node_modules/.bin:$PATH"
node "$EVALGATE_DIST" --version >/dev/null
: >"$OUT/evalgate-coldstart.txt"
for i in $(seq "$COLD_REPS"); do
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$OUT/evalgate-coldstart.$i.time" node "$EVALGATE_DIST" --version >/dev/null 2>&1
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(awk -F': ' '/Maximum resident/{print $2}' "$OUT/evalgate-coldstart.$i.time")" >>"$OUT/evalgate-coldstart.txt"
done
read -r CS_MED CS_RSS < <(sort -n "$OUT/evalgate-coldstart.txt" | awk '{w[NR]=$1; r[NR]=$2} END{m=int((NR+1)/2); print (NR%2)?w[m]:(w[m]+w[m+1])/2, r[m]}')
line="cold start \`node dist/index.js --version\` (EvalGate, /usr/bin/time, $COLD_REPS runs, after warm-up, $(node --version)): median ${CS_MED} ms, peak RSS $(( CS_RSS / 1024 )) MB"
echo "$line" >>"$OUT/summary.md"
echo
echo "$line"
echo "summary: $OUT/summary.md"
exit "$rc"
