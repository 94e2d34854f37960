#!/usr/bin/env bash
# loom-tune --executor slurm on a real single-node Slurm (issue 18): starts one with
# scripts/slurm-local, tunes the demo network and two benchmark layers locally and through Slurm
# with the same budget, kills one running task and cancels one pending task, checks that the
# driver reports them and that a rerun resubmits only them, that the merged log holds exactly
# the local run's records (so the same best schedules), and that a third run submits nothing.
# The daemons it started are stopped by their PIDs on any exit.
#   slurm_executor.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
tune="$build/bin/loom-tune"
work="$build/test-work/slurm-executor"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

"$source_dir/scripts/slurm-local" start "$work/slurm"
trap '"$source_dir/scripts/slurm-local" stop "$work/slurm"' EXIT
export SLURM_CONF=$work/slurm/slurm.conf

what=(--demo --layers pw_10x10x96_32,dw3_s2_40x40x48 --target cortex-m7 --trials 6)
"$tune" "${what[@]}" --log local.jsonl --work local-work >local.txt
tail -1 local.txt

# Through Slurm, one CPU per task (two tasks at a time on this machine).
"$tune" "${what[@]}" --log slurm.jsonl --work slurm-work --executor slurm --cpus-per-task 1 \
  >first.txt 2>&1 &
driver=$!
state=slurm.jsonl.slurm
for _ in $(seq 600); do [ -s "$state/submitted.json" ] && break; sleep 0.05; done
[ -s "$state/submitted.json" ] || fail "no submission after 30 s: $(cat first.txt)"
job=$(grep -Eo '"job":"[0-9]+"' "$state/submitted.json" | grep -Eo '[0-9]+')
mapfile -t names < <(grep -Eo '"name": "[^"]+"' "$state/submit-1.json" | cut -d'"' -f4)
last=$((${#names[@]} - 1))
# The last task waits behind the others: cancelled before it starts.
scancel "${job}_${last}"
# Task 0 is killed once it has measured something, before it finishes.
for _ in $(seq 1200); do
  [ -s "$state/tasks/${names[0]}.jsonl" ] && break
  sleep 0.05
done
[ -e "$state/tasks/${names[0]}.done" ] && fail "task 0 finished before it could be killed"
scancel "${job}_0"
status=0
wait "$driver" || status=$?
cat first.txt
[ "$status" -eq 1 ] || fail "the driver exited $status with a killed and a cancelled task"
grep -q "2 of ${#names[@]} tasks did not finish" first.txt || fail "the driver did not report them"
killed_records=$(wc -l <"$state/tasks/${names[0]}.jsonl")
echo "task 0 was killed after $killed_records measurements"

# The rerun resubmits only the two; task 0 resumes from its own log.
"$tune" "${what[@]}" --log slurm.jsonl --work slurm-work --executor slurm --cpus-per-task 1 \
  >second.txt 2>&1 || fail "the rerun failed: $(cat second.txt)"
cat second.txt
grep -q "$((${#names[@]} - 2)) done by an earlier run, 2 to submit" second.txt ||
  fail "the rerun did not resubmit exactly the two unfinished tasks"
grep -q "from the log" "$state"/slurm-*_0.out || fail "no output of the resubmitted task 0"
resumed=$(grep -ho "[0-9]* from the log" "$(ls -t "$state"/slurm-*_0.out | head -1)" | tail -1)
[ "${resumed%% *}" -ge "$killed_records" ] ||
  fail "the resubmitted task 0 did not resume from its log ($resumed)"

# Same budget, same search: exactly the local run's records.
diff <(sort local.jsonl) <(sort slurm.jsonl) >diff.txt ||
  fail "the Slurm log differs from the local one: $(head -20 diff.txt)"
echo "the merged Slurm log holds the local run's $(wc -l <local.jsonl) records exactly"

# Nothing left: a third run submits nothing and adds nothing.
"$tune" "${what[@]}" --log slurm.jsonl --work slurm-work --executor slurm --cpus-per-task 1 \
  >third.txt 2>&1 || fail "the third run failed: $(cat third.txt)"
grep -q "0 to submit" third.txt || fail "the third run submitted again: $(cat third.txt)"
grep -q "0 new records merged" third.txt || fail "the third run added records"

# An interrupted driver cancels nothing: the rerun follows the submission still in the queue
# instead of submitting its tasks again.
more=(--layers fc_160_1000,pw_20x20x48_16 --target cortex-m7 --trials 4)
"$tune" "${more[@]}" --log interrupted.jsonl --executor slurm >interrupted.txt 2>&1 &
driver=$!
for _ in $(seq 600); do [ -s interrupted.jsonl.slurm/submitted.json ] && break; sleep 0.05; done
kill -TERM "$driver" # (a background job of a script ignores SIGINT)
wait "$driver" || true
"$tune" "${more[@]}" --log interrupted.jsonl --executor slurm >resumed.txt 2>&1 ||
  fail "the driver after an interrupt failed: $(cat resumed.txt)"
grep -q "following Slurm job" resumed.txt || fail "the rerun did not follow the earlier job"
grep -q "2 done by an earlier run, 0 to submit" resumed.txt ||
  fail "the rerun submitted again: $(cat resumed.txt)"
[ "$(wc -l <interrupted.jsonl)" -eq 8 ] || fail "the interrupted run's records did not all arrive"

# loom-tune merge of the two logs: nothing new, every record once.
"$tune" merge local.jsonl slurm.jsonl -o merged.jsonl | tee merge.txt
grep -q "$(wc -l <local.jsonl) duplicates left out" merge.txt || fail "merge kept duplicates"
echo "loom-tune --executor slurm: killed and cancelled tasks resubmitted, same records as local"
