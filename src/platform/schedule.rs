//! Giving the browser a turn during long work (an import of many assessments), so that input
//! is handled and progress is painted between steps instead of after a frozen page.

use wasm_bindgen::JsValue;

/// Resolves in a new task (`setTimeout(0)`): the browser handles input and paints first.
pub async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Cuts long work into slices of about `ms` milliseconds: [`Slices::turn`] gives the browser
/// its turn once the current slice is used up, and says whether it did (time to show progress).
pub struct Slices {
    ms: f64,
    since: f64,
}

impl Slices {
    pub fn new(ms: f64) -> Slices {
        Slices {
            ms,
            since: crate::platform::random::now_ms(),
        }
    }

    /// Whether the current slice is used up.
    pub fn due(&self) -> bool {
        crate::platform::random::now_ms() - self.since >= self.ms
    }

    /// Yields to the browser and starts a new slice.
    pub async fn turn(&mut self) {
        next_task().await;
        self.since = crate::platform::random::now_ms();
    }
}
