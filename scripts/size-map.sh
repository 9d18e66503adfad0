#!/usr/bin/env bash
# `make size-map`: where the release wasm's bytes go, by layer and by module.
#
# It builds the same release wasm with v0 symbol mangling into target/size-map (so function
# names carry their generic arguments, e.g. `tachys::…::build::<green_community::ui::form::…>`),
# optimises it as trunk does (wasm-opt -Oz) but keeps the names, and lets twiggy list every
# function. scripts/size-map.mjs then charges each function to the first of our modules its
# name mentions. Sizes are raw bytes after wasm-opt; the printed ratio turns them into gzip.
#
# Usage: scripts/size-map.sh [field|analyst]   (default field: the index.html build)
set -euo pipefail
build=${1:-field}
bin=green-community
[ "$build" = analyst ] && bin=green-community-analyst
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --locked
out=target/size-map
# RUSTFLAGS replaces the rustflags of .cargo/config.toml, so they are repeated here.
CARGO_TARGET_DIR=$out RUSTFLAGS="--cfg erase_components -C llvm-args=-inline-threshold=0 -C symbol-mangling-version=v0" \
  cargo build --release --quiet --target wasm32-unknown-unknown --bin $bin \
  --no-default-features --features "$build"
wasm-bindgen --target web --keep-debug --out-dir "$out/bindgen" \
  "$out/wasm32-unknown-unknown/release/$bin.wasm"
feats="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
wasm-opt -Oz -g $feats "$out/bindgen/${bin}_bg.wasm" -o "$out/named.wasm"
wasm-opt -Oz $feats --strip-debug "$out/bindgen/${bin}_bg.wasm" -o "$out/stripped.wasm"
twiggy top -n 1000000 -f csv "$out/named.wasm" > "$out/functions.csv"
node scripts/size-map.mjs "$out/functions.csv" "$out/stripped.wasm"
