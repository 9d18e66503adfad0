#!/usr/bin/env bash
# Runs the test layers (all, or the one named) and prints one summary line per layer.
# Exit status is non-zero when any layer fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

layers=("${@:-native browser e2e}")
read -r -a layers <<<"${layers[*]}"
summary=()
failed=0
logdir=$(mktemp -d)

count_cargo() { # passed failed from cargo's "test result:" lines
  awk '/^test result:/ {for(i=1;i<=NF;i++){if($i ~ /^passed;?$/)p+=$(i-1); if($i ~ /^failed;?$/)f+=$(i-1)}} END {printf "%d passed, %d failed", p, f}' "$1"
}

run_native() {
  echo "== native: cargo test"
  cargo test 2>&1 | tee "$logdir/native.log"
  local rc=${PIPESTATUS[0]}
  summary+=("native   $( [ $rc = 0 ] && echo PASS || echo FAIL )  $(count_cargo "$logdir/native.log")")
  return $rc
}

run_browser() {
  echo "== browser: wasm-bindgen-test in headless Chromium"
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$logdir/browser.log"
  local rc=${PIPESTATUS[0]}
  summary+=("browser  $( [ $rc = 0 ] && echo PASS || echo FAIL )  $(count_cargo "$logdir/browser.log")")
  return $rc
}

run_e2e() {
  echo "== e2e: release build + Playwright (Debian Chromium)"
  local rc=0
  trunk build --release 2>&1 | tail -n 5 || rc=$?
  if [ $rc = 0 ]; then
    node --test --test-reporter=tap --test-concurrency=1 tests/e2e/ 2>&1 | tee "$logdir/e2e.log"
    rc=${PIPESTATUS[0]}
  fi
  local p f
  p=$(grep -E '^# pass ' "$logdir/e2e.log" 2>/dev/null | awk '{print $3}')
  f=$(grep -E '^# fail ' "$logdir/e2e.log" 2>/dev/null | awk '{print $3}')
  summary+=("e2e      $( [ $rc = 0 ] && echo PASS || echo FAIL )  ${p:-0} passed, ${f:-?} failed")
  return $rc
}

for layer in "${layers[@]}"; do
  case "$layer" in
    native) run_native || failed=1 ;;
    browser) run_browser || failed=1 ;;
    e2e) run_e2e || failed=1 ;;
    *) echo "unknown layer: $layer (native, browser, e2e)"; exit 2 ;;
  esac
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $failed
