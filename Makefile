# The two commands of the README are `make serve` and `make test`; the rest are their parts.
SHELL := /bin/bash
# npm's binaryen (wasm-opt 132) must come before Debian's /usr/bin/wasm-opt, which breaks the output.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup setup-test build test-native test-browser test-e2e size size-map bench screenshots clean

serve: setup ## install what is missing, then serve the app on http://127.0.0.1:8080
	trunk serve --release

test: setup-test ## install what is missing, then run every test layer
	scripts/test.sh

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh test

build: setup ## the release build in dist/
	trunk build --release

test-native: ## native cargo tests (domain, i18n, routes, gca CLI)
	scripts/test.sh native

test-browser: setup-test ## wasm-bindgen-test in headless Chromium
	scripts/test.sh browser

test-e2e: setup-test ## Playwright against the release build
	scripts/test.sh e2e

size: build ## raw and gzip sizes of each build (field, analyst), fonts and data apart; fails over a ceiling
	node tests/e2e/size.mjs

size-map: setup ## where the wasm's bytes go, by layer and by module (twiggy on a named build)
	scripts/size-map.sh

bench: setup-test build ## load, tap-to-score, autosave and workshop timings in headless Chromium
	node tests/e2e/bench.mjs
	node tests/e2e/bench-throttled.mjs
	node tests/e2e/bench-surveyjs.mjs
	@if [ -f tests/e2e/bench-workshop.mjs ]; then node tests/e2e/bench-workshop.mjs; fi
	cargo test --release --lib domain::plan::tests::bench_500_candidates -- --ignored --nocapture

screenshots: setup-test build ## screenshots of every screen into screenshots/
	node tests/e2e/screenshots.mjs

clean:
	cargo clean; rm -rf dist
