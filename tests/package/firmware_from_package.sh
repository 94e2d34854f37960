#!/usr/bin/env bash
# The CMake package end to end, as a user would use it: `cmake --install` loom into a prefix,
# configure examples/firmware-cmake against it with the arm-none-eabi toolchain (find_package(loom)
# + loom_add_model(MODEL mcunet-vww0.tflite)), build the firmware, run it in QEMU (mps2-an500) on
# the three TFLite Micro input vectors and compare the outputs byte for byte. Then the same with
# TUNING_LOG (the committed loom-tune log of mcunet-vww0): still bit-exact, fewer instructions; and
# with FLASH_BUDGET: the kernels fit, bit-exact; a missing log stops the configure step with its
# reason.
#   firmware_from_package.sh <loom build dir> <loom source dir> <models dir>
set -euo pipefail
build=$1 src=$2 models=$3
work="$build/test-work/package"
rm -rf "$work" && mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$src/examples/firmware-cmake" -B "$work/fw" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$src/examples/firmware-cmake/arm-none-eabi.cmake" \
  -DMODEL="$models/mcunet-vww0.tflite" >"$work/configure.log"
cmake --build "$work/fw" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
# run_vector ELF RUN_DIR SEED: one inference on TFLM's input vector SEED in QEMU, its output
# byte for byte against TFLM's.
run_vector() {
  mkdir -p "$2"
  cp "$models/vectors/mcunet-vww0/input-$3.bin" "$2/input.bin"
  (cd "$2" && timeout 300 qemu-system-arm -M mps2-an500 -nographic -monitor none -serial none \
    -semihosting-config enable=on,target=native -icount shift=0,align=off,sleep=off -kernel "$1")
  cmp "$2/output.bin" "$models/vectors/mcunet-vww0/output-$3.bin"
}
for seed in 1 2 3; do
  run_vector "$work/fw/firmware.elf" "$work/run$seed" "$seed"
  echo "seed $seed: output bit-exact with TFLite Micro, $(cat "$work/run$seed/result.txt")"
done

# With the committed tuning log: bit-exact, and fewer instructions than the default schedules.
log="$src/bench/tuning/mcunet-vww0.cortex-m7.jsonl"
cmake -S "$src/examples/firmware-cmake" -B "$work/fw-tuned" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$src/examples/firmware-cmake/arm-none-eabi.cmake" \
  -DMODEL="$models/mcunet-vww0.tflite" -DTUNING_LOG="$log" >"$work/configure-tuned.log"
cmake --build "$work/fw-tuned" >"$work/build-tuned.log" 2>&1 || { cat "$work/build-tuned.log"; exit 1; }
run="$work/run-tuned"
run_vector "$work/fw-tuned/firmware.elf" "$run" 1
default=$(awk '{print $2}' "$work/run1/result.txt") tuned=$(awk '{print $2}' "$run/result.txt")
echo "TUNING_LOG: output bit-exact, $tuned instructions (default schedules: $default)"
[ "$tuned" -lt "$default" ] || { echo "the tuned firmware is not faster"; exit 1; }

# FLASH_BUDGET with the log: loom-gen chooses leaner schedules, the kernels fit, still bit-exact.
cmake -S "$src/examples/firmware-cmake" -B "$work/fw-budget" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$src/examples/firmware-cmake/arm-none-eabi.cmake" \
  -DMODEL="$models/mcunet-vww0.tflite" -DTUNING_LOG="$log" -DFLASH_BUDGET=600000 \
  >"$work/configure-budget.log"
cmake --build "$work/fw-budget" >"$work/build-budget.log" 2>&1 ||
  { cat "$work/build-budget.log"; exit 1; }
kernels=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["flash_bytes"])' \
  "$work/fw-budget/loom/net/report.json")
[ "$kernels" -le 600000 ] || { echo "FLASH_BUDGET: the kernels take $kernels bytes"; exit 1; }
run="$work/run-budget"
run_vector "$work/fw-budget/firmware.elf" "$run" 1
echo "FLASH_BUDGET 600000: kernels $kernels bytes, output bit-exact, $(cat "$run/result.txt")"

# A missing tuning log stops the configure step with the reason.
mkdir -p "$work/tuned"
cat >"$work/tuned/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(tuned C)
find_package(loom REQUIRED)
loom_add_model(net TUNING_LOG no-such-log.jsonl)
CMAKE
if cmake -S "$work/tuned" -B "$work/tuned/build" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$src/examples/firmware-cmake/arm-none-eabi.cmake" \
  >"$work/tuned.log" 2>&1; then
  echo "a missing TUNING_LOG was accepted"; exit 1
fi
# CMake wraps long messages: compare with the white space folded.
tr -s ' \n' '  ' <"$work/tuned.log" | grep -q "no-such-log.jsonl does not exist" ||
  { cat "$work/tuned.log"; exit 1; }
echo "firmware built through find_package(loom) + loom_add_model runs bit-exact"
