//! Entry point of the web app. Trunk builds this binary for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    green_community::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "green-community is the web app: build it with `make serve` or `trunk build --release`.\n\
         For the command line, use `gca` (cargo run --bin gca -- --help)."
    );
}
