#!/usr/bin/env bash
# kernels_generated/demo is exactly what scripts/regenerate-kernels produces from the committed
# tuning log, and loom-gen's objects are byte-identical from one run to the next (same model,
# target and log).
#   kernels_generated_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
work="$build/test-work/kernels_generated"
rm -rf "$work"
mkdir -p "$work"
"$source/scripts/regenerate-kernels" "$work/demo"
diff -r "$source/kernels_generated/demo" "$work/demo"
for run in a b; do
  "$build/bin/loom-gen" --tuning-log "$source/kernels_generated/demo.cortex-m7.jsonl" \
    --target cortex-m7 -o "$work/objects-$run" >/dev/null
done
count=0
for o in "$work"/objects-a/*.o "$work"/objects-a/*.a; do
  cmp "$o" "$work/objects-b/$(basename "$o")"
  count=$((count + 1))
done
echo "kernels_generated reproduces exactly; $count objects byte-identical across runs"
