#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60: the smoke run) on its corpus in
# build-fuzz/corpus/<target>/, seeded from the project's own samples and fixtures (listed
# below), plus the crashes kept in tests/fuzz/regressions/<target>/ as regression inputs.
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]    (after: cmake --preset fuzz && cmake --build --preset fuzz)
# A longer run: tests/fuzz/run.sh 1800 fuzz_content_reader
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_markup_scan fuzz_content_reader fuzz_layout_reader fuzz_data_file fuzz_csv_file fuzz_image_probe)

seed() {
  case $1 in
    fuzz_markup_scan|fuzz_content_reader)
      ls tests/fixtures/cli/*.xml tests/fixtures/model/*.xml content/quang-ngai/flyer.xml content/quang-ngai/handbook/01-overview.xml ;;
    fuzz_layout_reader) ls layouts/*.xml tests/fixtures/style/*.xml 2>/dev/null ;;
    fuzz_data_file) ls content/quang-ngai/figures.xml tests/fixtures/*/*figures*.xml 2>/dev/null ;;
    fuzz_csv_file) ls tests/fixtures/chart-types/data/*.csv ;;
    fuzz_image_probe) ls tests/fixtures/images/*.png tests/fixtures/images/*.jpg ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  mkdir -p "$corpus" "build-fuzz/crashes/$target"
  for file in $(seed "$target"); do cp -n "$file" "$corpus/" 2>/dev/null || true; done
  regressions=tests/fuzz/regressions/$target
  if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
    "build-fuzz/tests/fuzz/$target" "$regressions"/* >/dev/null 2>&1 || { echo "$target: a regression input fails"; status=1; }
  fi
  echo "fuzz: $target for $seconds s"
  if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
      -artifact_prefix="build-fuzz/crashes/$target/" -print_final_stats=1 "$corpus" 2>"build-fuzz/$target.log"; then
    echo "$target: crashed; see build-fuzz/$target.log and build-fuzz/crashes/$target/"
    status=1
  fi
  grep -E "stat::number_of_executed_units|cov:" "build-fuzz/$target.log" | tail -2 || true
done
exit $status
