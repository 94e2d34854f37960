#!/usr/bin/env bash
# loom-gen --flash-budget on mcunet-vww0 with its committed Cortex-M7 log (issue 19): a budget
# that forces leaner schedules than the fastest gives a plan whose kernel objects fit (the linked
# firmware holds no more than report.json says) and that is bit-exact with TFLM's vector; with
# --memory-budget too both budgets hold; a budget below the least flash reachable is refused
# with that least flash; a size that is not one is refused.
#   flash_budget.sh BUILD_DIR MODELS_DIR PROJECT_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
models=$(cd "$2" && pwd)
project=$(cd "$3" && pwd)
work="$build/test-work/flash-budget"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
gen=("$build/bin/loom-gen" "$models/mcunet-vww0.tflite"
     --tuning-log "$project/bench/tuning/mcunet-vww0.cortex-m7.jsonl"
     --input "$models/vectors/mcunet-vww0/input-1.bin")

check_plan() { # DIR FLASH_BUDGET [ARENA_BUDGET]
  cmp -s "$1/qemu/output.bin" "$models/vectors/mcunet-vww0/output-1.bin" ||
    fail "$1: not bit-exact with the TFLM vector"
  python3 - "$1/report.json" "$2" "${3:-0}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
flash, budget, arena = r["flash_bytes"], int(sys.argv[2]), int(sys.argv[3])
linked = r["run"]["linked_flash"]["kernels"]
print(f"{sys.argv[1]}: kernels {flash} bytes (linked {linked}), budget {budget}, "
      f"arena {r['peak_arena_bytes']}")
# The linker may merge identical constants of two objects (mergeable .rodata.str sections: a
# few hundred bytes in the half-arena plan); the firmware never holds more than the objects.
if flash > budget or linked > flash:
    sys.exit("over the flash budget, or the report disagrees with the firmware")
if arena and r["peak_arena_bytes"] > arena:
    sys.exit("over the memory budget")
PY
}

# 600000 bytes: the fastest schedules need 787,512; some layers must take int8 weight layouts.
"${gen[@]}" --flash-budget 600000 -o b600 >b600.txt
grep -Eq "flash budget 600000 bytes: [1-9][0-9]* of [0-9]+ tuned kernel shapes take a leaner" \
  b600.txt || fail "no schedule was traded for flash"
check_plan b600 600000

# Both budgets: the half-arena plan within 650 KiB.
"${gen[@]}" --flash-budget 650k --memory-budget 28672 -o both >both.txt
check_plan both 665600 28672

# Below the least flash: refused, naming it, nothing written.
if "${gen[@]}" --flash-budget 400k -o small >small.txt 2>&1; then
  fail "a 400 KiB budget was accepted"
fi
grep -Eq "^loom-gen: --flash-budget: 409600 bytes is too small: the smallest flash of the kernels .* is [0-9]+ bytes" \
  small.txt || fail "the refusal does not give the least flash: $(cat small.txt)"
[ ! -e small ] || fail "a refused budget left an output folder"

# A size loom-gen would have to guess at.
if "$build/bin/loom-gen" --flash-budget 1.5M -o typo >typo.txt 2>&1; then
  fail "--flash-budget 1.5M was accepted"
fi
grep -q "^loom-gen: --flash-budget: '1.5M' is not a size" typo.txt ||
  fail "unexpected message: $(cat typo.txt)"
echo "flash budgets hold and stay bit-exact"
