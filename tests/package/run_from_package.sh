#!/usr/bin/env bash
# `loom-gen --run` from an installed loom that is not where it was installed and cannot see the
# source tree: `cmake --install` into a prefix, move the prefix, run the moved loom-gen on
# mcunet-vww0 with TFLite Micro's first input vector. It must link the firmware and executor
# sources of the moved prefix (share/loom), and its output must be bit-exact with TFLite Micro.
# A LOOM_DATA_DIR without the sources is refused with a message that names it.
#   run_from_package.sh <loom build dir> <models dir>
set -euo pipefail
build=$1 models=$2
work="$build/test-work/package-run"
rm -rf "$work" && mkdir -p "$work"
cmake --install "$build" --prefix "$work/installed" >/dev/null
mv "$work/installed" "$work/moved"
cd "$work"
vectors="$models/vectors/mcunet-vww0"
env -u LOOM_DATA_DIR "$work/moved/bin/loom-gen" "$models/mcunet-vww0.tflite" --in-place-depthwise \
  -o out --input "$vectors/input-1.bin" >run.log 2>&1 || { cat run.log; exit 1; }
grep -q "firmware and executor sources: $work/moved/share/loom/firmware, $work/moved/share/loom/runtime" \
  run.log || { echo "the moved loom-gen did not use its own share/loom:"; cat run.log; exit 1; }
cmp out/qemu/output.bin "$vectors/output-1.bin"
echo "moved prefix: $(grep -o '[0-9]* instructions per inference' run.log), output bit-exact with TFLite Micro"

if LOOM_DATA_DIR="$work/nowhere" "$work/moved/bin/loom-gen" --run -o demo >bad.log 2>&1; then
  echo "a LOOM_DATA_DIR without sources was accepted"; exit 1
fi
grep -q "LOOM_DATA_DIR=$work/nowhere: no firmware/model_main.c" bad.log || { cat bad.log; exit 1; }
echo "loom-gen --run from an installed prefix runs without the source tree"
