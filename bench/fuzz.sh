#!/usr/bin/env bash
# bench/fuzz.sh [SECONDS_PER_TARGET]: runs each libFuzzer target of tests/fuzz for that many
# seconds (default 60), one after another. Builds them with clang in build-fuzz (-DSBW_FUZZ=ON:
# coverage, AddressSanitizer, UBSan), installing clang and its runtimes with apt-get when missing,
# as .ci/setup installs packages. Each target starts from its seeds (tests/fuzz/seeds/<target>,
# for whole documents the SAMPLE reports `sbw sample` writes) and its regressions, with the words
# of tests/fuzz/<target>.dict, and grows a corpus in build-fuzz/fuzz/corpus/<target>. Prints per target the executions run and the
# crashes found (0 expected); a crash, timeout or out-of-memory input is copied to
# tests/fuzz/regressions/<target>/, where ctest replays it, and the script exits 1.
# SBW_FUZZ_BUILD_DIR overrides build-fuzz; SBW_FUZZ_TARGETS="fuzz_numbers ..." runs some only;
# SBW_SBW names the sbw program that writes the document seeds (default build/bin/sbw, else one
# built in the fuzz build).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: bench/fuzz.sh [SECONDS_PER_TARGET]" >&2
  exit 2
fi
build_dir="${SBW_FUZZ_BUILD_DIR:-build-fuzz}"
read -r -a targets <<<"${SBW_FUZZ_TARGETS:-fuzz_numbers fuzz_periods fuzz_areas fuzz_table_builder fuzz_document}"

missing=()
for package in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DSBW_FUZZ=ON
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

work="$build_dir/fuzz"
mkdir -p "$work"

# Seeds for whole documents: the SAMPLE reports, written afresh.
document_seeds="$work/seeds/fuzz_document"
if [[ " ${targets[*]} " == *" fuzz_document "* ]]; then
  sbw="${SBW_SBW:-build/bin/sbw}"
  if [ ! -x "$sbw" ] || [ ! -x "$(dirname "$sbw")/sbw-sample" ]; then
    cmake --build "$build_dir" --parallel "$(nproc)" --target sbw sbw-sample
    sbw="$build_dir/bin/sbw"
  fi
  mkdir -p "$document_seeds"
  QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 "$sbw" sample --out "$document_seeds" >/dev/null
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp}"
summary=()
failed=0
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"
  artifacts="$work/artifacts/$target"
  regressions="tests/fuzz/regressions/$target"
  log="$work/$target.log"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  inputs=("$corpus" "tests/fuzz/seeds/$target")
  [ -d "$regressions" ] && inputs+=("$regressions")
  [ "$target" = fuzz_document ] && inputs+=("$document_seeds")
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/")
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  echo "== $target: ${seconds}s (log: $log)"
  status=0
  "$build_dir/bin/$target" "${options[@]}" "${inputs[@]}" >"$log" 2>&1 || status=$?
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1 || true)
  shopt -s nullglob
  found=("$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*)
  shopt -u nullglob
  if ((${#found[@]} > 0)); then
    mkdir -p "$regressions"
    cp "${found[@]}" "$regressions/"
    failed=1
    echo "   found ${#found[@]}: copied to $regressions/; the log shows the report"
    grep -m 1 -E 'ERROR: |SUMMARY: |runtime error' "$log" | sed 's/^/   /' || true
  elif ((status != 0)); then
    failed=1
    echo "   $target exited with status $status and no crash input: see $log"
    tail -n 5 "$log" | sed 's/^/   /'
  fi
  summary+=("$(printf '%-20s %8s %12s %8s' "$target" "$seconds" "${executions:-?}" "${#found[@]}")")
done

echo
printf '%-20s %8s %12s %8s\n' target seconds executions crashes
printf '%s\n' "${summary[@]}"
exit "$failed"
