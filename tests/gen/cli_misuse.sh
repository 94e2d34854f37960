#!/usr/bin/env bash
# Every misuse of the command-line tools a new user hit (issue 16): each case checks the exit code
# and the message. None may exit 0 with a wrong result or crash; loom-gen's argument and input
# errors are also run under the sanitized loom-gen (ASan/UBSan abort on any report).
#   cli_misuse.sh BUILD_DIR MODELS_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
models=$(cd "$2" && pwd)
bin="$build/bin"
work="$build/test-work/cli-misuse"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
failures=0
cases=0

# expect CODE REGEX COMMAND...: runs COMMAND, checks its exit code and that stdout+stderr match
# REGEX (grep -E).
expect() {
  local code=$1 regex=$2
  shift 2
  cases=$((cases + 1))
  "$@" >out.log 2>&1
  local got=$?
  if [ "$got" -ne "$code" ] || ! grep -Eq -- "$regex" out.log; then
    echo "FAIL: $* -> exit $got (expected $code), output:"
    sed 's/^/    /' out.log | head -20
    echo "    (expected to match: $regex)"
    failures=$((failures + 1))
  fi
}

head -c 10 /dev/zero >short.bin
mkdir -p foreign && touch foreign/notes.txt

for gen in "$bin/loom-gen" "$bin/loom-gen-sanitized"; do
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1
  expect 2 "nothing to do: give a model" "$gen"
  expect 0 "--memory-budget SIZE" "$gen" --help
  expect 0 "^loom-gen [0-9]" "$gen" --version
  expect 2 "one model per run: got a.tflite and b.tflite" "$gen" a.tflite b.tflite
  expect 2 "not expected: --bogus" "$gen" m.tflite --bogus
  expect 2 "--memory-budget: '28x' is not a size" "$gen" m.tflite --memory-budget 28x
  expect 2 "--clock needs a clock in MHz" "$gen" m.tflite --clock 216MHz
  expect 2 "--plain-depthwise excludes --min-memory: a memory search plans depthwise layers in place" "$gen" m.tflite \
    --plain-depthwise --min-memory
  expect 2 "--resolution needs a size" "$gen" net.json --resolution 64x
  expect 2 "--out: needs a value, got '--run'" "$gen" m.tflite -o --run
  # --run's input is never taken from a following model path or dropped by a later -o.
  expect 1 "cannot open nosuch.tflite" "$gen" --run nosuch.tflite -o out-a
  expect 1 "cannot open the input file nosuch.bin" "$gen" -o out-b --input nosuch.bin
  expect 2 "short.bin: a raw input is given as --input short.bin" "$gen" --run short.bin -o out-c
  expect 1 "needs 6912 bytes, got 10" "$gen" --input short.bin -o out-c
  expect 1 "is a directory, not a .tflite model" "$gen" "$work" -o out-d
  expect 1 "holds files that are not loom-gen output" "$gen" -o foreign
  expect 1 "would replace the current folder" "$gen" -o .
done
[ -f foreign/notes.txt ] || { echo "FAIL: loom-gen touched a foreign folder"; failures=$((failures + 1)); }

# A reused output folder keeps no file of an earlier run; no .partial folder stays behind.
expect 0 "wrote" "$bin/loom-gen" -o reused
touch reused/stale_kernel.o
expect 0 "wrote" "$bin/loom-gen" -o reused
if [ -e reused/stale_kernel.o ] || [ -e reused.partial ] || [ ! -f reused/report.json ]; then
  echo "FAIL: a stale file or a .partial folder survived: $(ls -d reused* reused/stale* 2>&1)"
  failures=$((failures + 1))
fi

# --profile keeps only its reports; --out is -o's other spelling (as in loom-bench).
expect 0 "profile of loom_demo" "$bin/loom-gen" --profile --out profiled
if [ "$(ls profiled | tr '\n' ' ')" != "memory.svg report.json report.md " ]; then
  echo "FAIL: --profile left more than its reports: $(ls profiled | tr '\n' ' ')"
  failures=$((failures + 1))
fi

# --run adds the measured figures to report.md and report.json.
expect 0 "bit-exact with the host reference executor" "$bin/loom-gen" -o measured --run
grep -q "instructions per inference" measured/report.md &&
  grep -q '"milliseconds_at_one_instruction_per_cycle"' measured/report.json ||
  { echo "FAIL: report.md/report.json lack the --run figures"; failures=$((failures + 1)); }

# A plan search on a terminal is one live line rewritten in place (script(1) gives it a
# terminal); in a pipe it is plain lines (above, and in the robustness test).
expect 0 "smallest-arena search" script -qec "'$bin/loom-gen' --min-memory -o live" /dev/null
if ! grep -q $'\r\x1b\[2Kloom_demo: \[' out.log || grep -q $'^loom_demo: \[' out.log; then
  echo "FAIL: the plan search on a terminal did not keep to one live line:"
  cat -v out.log | head -10
  failures=$((failures + 1))
fi

# The hint of a budget that nothing fits is a budget that fits.
expect 1 "--memory-budget [0-9]+ fits" "$bin/loom-gen" "$models/mcunet-vww0.tflite" \
  --memory-budget 8k -o budget
hint=$(grep -Eo -- "--memory-budget [0-9]+ fits" out.log | grep -Eo "[0-9]+")
expect 0 "peak arena [0-9]+ bytes" "$bin/loom-gen" "$models/mcunet-vww0.tflite" \
  --memory-budget "${hint:-0}" -o budget

expect 0 "Usage: loom-tune" "$bin/loom-tune" -h --log x
expect 0 "^loom-tune [0-9]" "$bin/loom-tune" --version
expect 2 "--trials: needs a whole number in \\[1, 100000\\], got '1x'" "$bin/loom-tune" m.tflite --log x --trials 1x
expect 2 "not expected: -x" "$bin/loom-tune" -x --log x
expect 2 "nothing to tune: give a model, --demo or --layers" "$bin/loom-tune" --log x
expect 2 "--in-place-depthwise excludes --plain-depthwise" "$bin/loom-tune" --demo --log x \
  --plain-depthwise --in-place-depthwise
expect 2 "--target: .*cortex-m9" "$bin/loom-tune" --demo --log x --target cortex-m7,cortex-m9
expect 2 "--memory-budget: '28x' is not a size" "$bin/loom-tune" --demo --log x --memory-budget 28x
expect 2 "--plain-depthwise excludes --memory-budget" "$bin/loom-tune" --demo --log x \
  --plain-depthwise --memory-budget 28k
expect 2 "--min-memory and --memory-budget exclude each other" "$bin/loom-tune" --demo --log x \
  --min-memory --memory-budget 28k
expect 2 "--depth-first gives the plan" "$bin/loom-tune" --demo --log x --min-memory \
  --depth-first 1-3:2
expect 2 "plan a model: give a model or --demo" "$bin/loom-tune" --layers pw_20x20x48_16 --log x \
  --min-memory
expect 2 "--executor: cloud not in \\{local,slurm\\}" "$bin/loom-tune" --demo --log x \
  --executor cloud
expect 2 "--partition needs --executor slurm" "$bin/loom-tune" --demo --log x --partition p
expect 2 "--cpus-per-task: needs a whole number in \\[1, 1024\\], got '2x'" "$bin/loom-tune" --demo --log x \
  --executor slurm --cpus-per-task 2x
expect 2 "--cpus-per-task: needs a whole number in \\[1, 1024\\], got '0'" "$bin/loom-tune" --demo --log x --executor slurm \
  --cpus-per-task 0
expect 2 "--jobs is for --executor local" "$bin/loom-tune" --demo --log x --executor slurm \
  --jobs 4
expect 1 "cannot run 'sbatch' \(--executor slurm needs Slurm's sbatch" env PATH=/var/empty \
  "$bin/loom-tune" --layers fc_160_1000 --log nosbatch.jsonl --executor slurm
expect 2 "task takes SPEC.json INDEX" "$bin/loom-tune" task spec.json
expect 1 "loom-tune task: cannot read nosuch.json" "$bin/loom-tune" task nosuch.json 0
expect 2 "merge: --out is required" "$bin/loom-tune" merge a.jsonl
expect 2 "merge: logs is required" "$bin/loom-tune" merge -o out.jsonl
expect 2 "merge: The following argument was not expected: --trials" "$bin/loom-tune" merge \
  a.jsonl --trials 3 -o o.jsonl
expect 1 "cannot read the tuning log nosuch.jsonl" "$bin/loom-tune" merge nosuch.jsonl -o o.jsonl
expect 0 "Usage: loom-kernel" "$bin/loom-kernel" --help
expect 0 "^loom-kernel [0-9]" "$bin/loom-kernel" --version
expect 2 "no layer given" "$bin/loom-kernel"
expect 0 "^models$" "$bin/loom-bench" --help
expect 0 "^loom-bench [0-9]" "$bin/loom-bench" --version
expect 2 "--models: nodir is not a folder" "$bin/loom-bench" models --models nodir
expect 2 "--jobs: needs a whole number in \\[1, 256\\], got '2x'" "$bin/loom-bench" kernels --jobs 2x
expect 2 "unknown command bogus" "$bin/loom-bench" bogus

if [ "$failures" -gt 0 ]; then
  echo "$failures of $cases command-line cases failed"
  exit 1
fi
echo "all $cases command-line misuse cases give the expected exit code and message"
