//! Entry point of the field app (`index.html`). Trunk builds this binary for
//! `wasm32-unknown-unknown` with only the `field` feature.

#[cfg(all(target_arch = "wasm32", feature = "field"))]
fn main() {
    green_community::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "field")))]
fn main() {
    eprintln!(
        "green-community is the web app: build it with `make serve` or `trunk build --release`.\n\
         For the command line, use `gca` (cargo run --bin gca -- --help)."
    );
}
