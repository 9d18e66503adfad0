//! Charts as files: an SVG element's markup, saved as `.svg`, or drawn onto a canvas and saved
//! as `.png`. The browser does the rasterising (no image crate in the wasm).

use super::download::download_text;
use wasm_bindgen::{closure::Closure, JsCast};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The markup of the `<svg>` with this element id, as a standalone file (with its namespace).
pub fn svg_markup(element_id: &str) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let el = document
        .get_element_by_id(element_id)
        .ok_or("no such chart")?;
    if el.get_attribute("xmlns").is_none() {
        el.set_attribute("xmlns", SVG_NS)
            .map_err(|e| format!("{e:?}"))?;
    }
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        el.outer_html()
    ))
}

/// Saves the chart as an SVG file.
pub fn download_svg(element_id: &str, filename: &str) -> Result<(), String> {
    download_text(filename, "image/svg+xml", &svg_markup(element_id)?)
}

thread_local! {
    /// The `@font-face` rules with the font files inside, read once per page.
    static FONT_CSS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The app's font files as `@font-face` rules with `data:` URLs (fetched once; the files are
/// already in the browser's cache). A file that cannot be read is left out: the PNG then uses
/// a device font for those letters rather than failing, and the next PNG tries again.
async fn font_css() -> String {
    if let Some(css) = FONT_CSS.with(|c| c.borrow().clone()) {
        return css;
    }
    use crate::domain::charts::fonts::{font_face_css, FONT_FILES};
    let pending: Vec<_> = FONT_FILES
        .iter()
        .map(|f| (f, super::fetch::start(f.path)))
        .collect();
    let mut files = Vec::new();
    for (f, p) in pending {
        if let Ok(bytes) = p.bytes().await {
            files.push((f, bytes));
        }
    }
    let css = font_face_css(&files);
    if !files.is_empty() {
        FONT_CSS.with(|c| *c.borrow_mut() = Some(css.clone()));
    }
    css
}

/// Saves the chart as a PNG of `width` × `height` CSS pixels at twice the resolution, on white.
/// The app's font is put inside the SVG (an SVG drawn as an image cannot reach the page's web
/// fonts), the SVG is loaded into an image through a `blob:` URL, drawn on a canvas, and the
/// canvas is offered as a download.
pub fn download_png(
    element_id: &str,
    filename: &str,
    width: f64,
    height: f64,
) -> Result<(), String> {
    let markup = svg_markup(element_id)?;
    let filename = filename.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let markup = crate::domain::charts::fonts::embed_fonts(&markup, &font_css().await);
        let _ = draw_png(markup, &filename, width, height);
    });
    Ok(())
}

fn draw_png(markup: String, filename: &str, width: f64, height: f64) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&markup.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let img = web_sys::HtmlImageElement::new().map_err(|e| format!("{e:?}"))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not a canvas")?;
    let scale = 2.0;
    canvas.set_width((width * scale).round().max(1.0) as u32);
    canvas.set_height((height * scale).round().max(1.0) as u32);
    let (img2, url2, name) = (img.clone(), url.clone(), filename.to_string());
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let Ok(Some(ctx)) = canvas.get_context("2d") else {
            return;
        };
        let Ok(ctx) = ctx.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
            return;
        };
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img2,
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
        if let Ok(data) = canvas.to_data_url_with_type("image/png") {
            let _ = save_url(&data, &name);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}

/// Offers a `data:` or `blob:` URL as a download.
fn save_url(url: &str, filename: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    a.set_href(url);
    a.set_download(filename);
    if let Some(body) = document.body() {
        body.append_child(&a).ok();
        a.click();
        body.remove_child(&a).ok();
    }
    Ok(())
}

/// Opens the browser's print dialog (the report's layout is in `style/results.css`).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
