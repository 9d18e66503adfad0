#!/usr/bin/env bash
# Installs what this project needs and is missing, and nothing else. Safe to run again: each
# step checks first. `scripts/setup.sh` for building and serving; `scripts/setup.sh test` also
# installs the browser for the test layers.
#
# Facts behind the choices (see ../shared/toolchain.md and docs/architecture.md):
# - trunk 0.22 needs a newer rustc than these machines have, so trunk is pinned to 0.21.14.
# - trunk only uses a wasm-bindgen CLI whose version equals Cargo.lock's; anything else makes it
#   try a download that fails offline. The CLI is installed without --locked on purpose.
# - Debian's wasm-opt (binaryen 108) silently breaks the output; npm's binaryen 132 goes first
#   on PATH (the Makefile puts node_modules/.bin there).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=${1:-}
TRUNK_VERSION=0.21.14
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "cargo is not installed: install Rust with rustup first (https://rustup.rs)." >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  echo "could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  log "installing wasm-bindgen-cli $WBG_VERSION (the version in Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! command -v npm >/dev/null; then
    echo "npm is not installed: install Node.js 20 and npm." >&2
    exit 1
  fi
  log "installing npm packages (binaryen for wasm-opt, terser, zopfli, playwright-core, the Thai font, SurveyJS for make bench)"
  npm ci --no-audit --no-fund
fi

if [ "$want_test" = "test" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing Debian's chromium and chromium-driver (and Thai system fonts for screenshots)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq chromium chromium-driver fonts-thai-tlwg >/dev/null
    else
      echo "The browser tests need Chromium at /usr/bin/chromium and ChromeDriver at /usr/bin/chromedriver." >&2
      echo "On Debian run as root: apt-get install -y chromium chromium-driver" >&2
      exit 1
    fi
  fi
fi
log "tools ready: $(trunk --version), wasm-bindgen $WBG_VERSION, $(node_modules/.bin/wasm-opt --version | head -1)"
