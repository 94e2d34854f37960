#!/usr/bin/env bash
# The generated header alone is enough to feed a model (issue 16): examples/feed-from-header/main.c
# quantizes a float image into mcunet-vww0's input and dequantizes its output with the header's
# macros only. It is built for mps2-an500 (Cortex-M7) against loom-gen's output, run in QEMU, and
# its raw output is compared with the host reference executor on the input bytes it produced. The
# README shows the same file, byte for byte.
#   feed_from_header.sh <loom build dir> <loom source dir> <models dir>
set -euo pipefail
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd) models=$(cd "$3" && pwd)
work="$build/test-work/feed-from-header"
rm -rf "$work" && mkdir -p "$work/run"
example="$src/examples/feed-from-header/main.c"

# The README's copy (the c block after the marker) is the file.
awk '/<!-- examples\/feed-from-header\/main.c -->/ {found = 1; next}
     found && /^```c$/ {inside = 1; next}
     inside && /^```$/ {exit}
     inside {print}' "$src/README.md" >"$work/readme.c"
diff "$example" "$work/readme.c" || { echo "the README's main() differs from $example"; exit 1; }

"$build/bin/loom-gen" "$models/mcunet-vww0.tflite" --in-place-depthwise -o "$work/model" >/dev/null
fw="$src/examples/firmware"
arm-none-eabi-gcc -mcpu=cortex-m7 -mthumb -mfloat-abi=hard -mfpu=fpv5-d16 -O2 -std=c99 -Wall \
  -Wextra -Werror -ffunction-sections -nostartfiles --specs=nano.specs -Wl,--gc-sections \
  -Wl,-z,noexecstack -I"$work/model" -I"$fw" -L"$fw" -Tmps2-an500.ld "$example" \
  "$work/model/mcunet_vww0.c" "$src/lib/runtime/loom_runtime.c" -I"$src/lib/runtime" \
  "$fw/startup.c" "$fw/semihosting.c" "$work/model/mcunet_vww0_kernels.a" -lm -o "$work/feed.elf"
(cd "$work/run" && timeout 300 qemu-system-arm -M mps2-an500 -nographic -monitor none \
  -serial none -semihosting-config enable=on,target=native -icount shift=0,align=off,sleep=off \
  -kernel "$work/feed.elf") >"$work/run/stdout.txt" 2>&1
cat "$work/run/stdout.txt"
raw=$(grep -Eo "raw -?[0-9]+" "$work/run/stdout.txt" | awk '{printf "%s ", $2}')
[ -n "$raw" ] || { echo "the example printed no output"; exit 1; }

# The host reference on the bytes the example quantized: the same output.
"$build/bin/loom-gen" "$models/mcunet-vww0.tflite" --in-place-depthwise -o "$work/check" \
  --input "$work/run/input.bin" >"$work/check.log"
grep -q "output \[$raw\] (bit-exact with the host reference executor)" "$work/check.log" ||
  { cat "$work/check.log"; echo "expected output [$raw]"; exit 1; }
echo "the header alone fed mcunet-vww0: output [$raw] equals the host reference"
