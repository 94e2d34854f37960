#!/usr/bin/env bash
# loom-tune tunes the kernels of the plan loom-gen builds with the same plan flags: on the demo
# network's plan within an 18 KiB arena (a memory search: a depth-first segment of row bands and
# an in-place depthwise row), every kernel the plan schedules, slices included, is tuned under
# its own key, loom-gen with that log uses a tuned record for every one of them, and the run in
# QEMU is bit-exact with the host reference.
#   plan_tuning.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work="$build/test-work/plan-tuning"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

plan=(--memory-budget 18k)
"$build/bin/loom-tune" --demo "${plan[@]}" --trials 2 --jobs 1 --log plan.jsonl --work tune \
  >tune.txt
grep -q "DepthwiseConv2D [^ ]* kernel 3x3 stride [0-9x]* pad [0-9,]* in place: best" tune.txt ||
  fail "no in-place depthwise slice was tuned"
grep -Eq "PointwiseConv2D 1x[0-9]+x[0-9]+ -> [0-9]+ stride 1: best" tune.txt ||
  fail "no one-row band of a pointwise layer was tuned"

"$build/bin/loom-gen" "${plan[@]}" --tuning-log plan.jsonl --run -o gen >gen.txt
grep -q "bit-exact with the host reference" gen.txt || fail "the tuned plan is not bit-exact"
grep -q "peak arena 18432 bytes" gen.txt || fail "not the plan loom-tune tuned"
# Every kernel with a scheduled op took a tuned record: the untuned ones are copies and glue.
python3 - gen/report.json <<'PY'
import json, sys
layers = json.load(open(sys.argv[1]))["layers"]
untuned = [l["kernel"] for l in layers if not l["tuned"] and l["macs"] > 0]
tuned = sum(1 for l in layers if l["tuned"])
print(f"{tuned} of {len(layers)} kernels tuned; untuned kernels with MACs: {untuned}")
sys.exit(1 if untuned or tuned == 0 else 0)
PY
echo "the plan's kernels are tuned and bit-exact"
