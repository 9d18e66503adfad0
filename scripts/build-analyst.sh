#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the analyst app (workshop.html, its own wasm with
# only the `analyst` feature) from Trunk.analyst.toml and copies it into the staging folder of
# the field build, so that one `trunk build --release` (or `trunk serve`) gives both pages in
# dist/. Files both builds share (the same CSS, hashed by content) are simply the same file.
# Last, on the whole folder: the JS glue of both pages minified in release builds
# (scripts/minify-js.mjs), then scripts/precompress.mjs (minified data, .gz and .br files).
set -euo pipefail
src="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
release=()
[ "${TRUNK_PROFILE:-debug}" = release ] && release=(--release)
out="$src/target/analyst-dist"
# The hook's variables describe the outer build; the inner one must not see them.
env -u TRUNK_STAGING_DIR -u TRUNK_DIST_DIR -u TRUNK_HTML_FILE -u TRUNK_PUBLIC_URL -u TRUNK_PROFILE \
  trunk build "${release[@]}" --config "$src/Trunk.analyst.toml"
cp -R "$out"/. "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"/
# Then, for both pages: the page shown until the app starts (public/boot.html), minified JS glue (release), minified data files and .gz/.br files.
node "$src/scripts/boot-page.mjs" "$TRUNK_STAGING_DIR"
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  node "$src/scripts/minify-js.mjs" "$TRUNK_STAGING_DIR"
fi
node "$src/scripts/precompress.mjs" "$TRUNK_STAGING_DIR"
