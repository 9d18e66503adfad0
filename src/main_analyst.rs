//! Entry point of the analyst app (`workshop.html`): workshop, projection and the screens to
//! come for the academic team. Trunk builds this binary for `wasm32-unknown-unknown` with only
//! the `analyst` feature.

#[cfg(all(target_arch = "wasm32", feature = "analyst"))]
fn main() {
    green_community::start_analyst();
}

#[cfg(not(all(target_arch = "wasm32", feature = "analyst")))]
fn main() {
    eprintln!(
        "green-community-analyst is the analyst web app (workshop.html): build it with \
         `trunk build --release`. For the command line, use `gca`."
    );
}
