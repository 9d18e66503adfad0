//! The app's web font inside a chart file. A chart saved as PNG is drawn from its SVG through
//! an `<img>`, and an SVG used as an image cannot load anything from outside itself: without
//! the font inside, its Thai text would fall back to whatever font the device has. So the
//! Sarabun files are put into the SVG as `data:` URLs before it is drawn.

use crate::domain::exchange::base64url;

/// One font file the app ships in `public/fonts/`, with the same weight and Unicode range as
/// its `@font-face` rule in `style/base.css` (keep the two lists alike).
pub struct FontFile {
    pub path: &'static str,
    pub weight: u16,
    pub unicode_range: &'static str,
}

const THAI: &str = "U+02D7, U+0303, U+0331, U+0E01-0E5B, U+200C-200D, U+25CC";
const LATIN: &str = "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";

pub const FONT_FILES: [FontFile; 4] = [
    FontFile {
        path: "fonts/sarabun-thai-400-normal.woff2",
        weight: 400,
        unicode_range: THAI,
    },
    FontFile {
        path: "fonts/sarabun-latin-400-normal.woff2",
        weight: 400,
        unicode_range: LATIN,
    },
    FontFile {
        path: "fonts/sarabun-thai-700-normal.woff2",
        weight: 700,
        unicode_range: THAI,
    },
    FontFile {
        path: "fonts/sarabun-latin-700-normal.woff2",
        weight: 700,
        unicode_range: LATIN,
    },
];

/// The `@font-face` rules for the files read (`(file, its bytes)`), as `data:` URLs.
pub fn font_face_css(files: &[(&FontFile, Vec<u8>)]) -> String {
    let mut css = String::new();
    for (f, bytes) in files {
        css.push_str(&format!(
            "@font-face{{font-family:\"Sarabun\";font-weight:{};unicode-range:{};src:url(data:font/woff2;base64,{}) format(\"woff2\")}}",
            f.weight,
            f.unicode_range,
            base64url::to_standard(&base64url::encode(bytes))
        ));
    }
    css
}

/// `svg` with a `<style>` holding `css` (and Sarabun as the font of its text) placed just
/// after the opening `<svg …>` tag. Markup without an `<svg` tag is returned unchanged.
pub fn embed_fonts(svg: &str, css: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_string();
    };
    let Some(end) = svg[start..].find('>').map(|i| start + i + 1) else {
        return svg.to_string();
    };
    format!(
        "{}<defs><style>{css}text{{font-family:\"Sarabun\",sans-serif}}</style></defs>{}",
        &svg[..end],
        &svg[end..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_go_just_inside_the_svg_as_data_urls() {
        let css = font_face_css(&[(&FONT_FILES[0], vec![0xfb, 0xff, 0x01])]);
        assert_eq!(
            css,
            format!("@font-face{{font-family:\"Sarabun\";font-weight:400;unicode-range:{THAI};src:url(data:font/woff2;base64,+/8B) format(\"woff2\")}}")
        );
        let svg = "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 1 1\"><title>t</title></svg>";
        let out = embed_fonts(svg, &css);
        assert!(out.starts_with(
            "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 1 1\"><defs><style>@font-face"
        ));
        assert!(out.ends_with("sans-serif}</style></defs><title>t</title></svg>"));
        assert_eq!(embed_fonts("not a chart", &css), "not a chart");
        assert_eq!(embed_fonts("<svg", &css), "<svg");
    }

    #[test]
    fn every_shipped_font_file_is_listed_with_the_css_ranges() {
        let base = include_str!("../../../style/base.css");
        for f in &FONT_FILES {
            assert!(
                std::path::Path::new(&format!("{}/public/{}", env!("CARGO_MANIFEST_DIR"), f.path))
                    .exists(),
                "{}",
                f.path
            );
            let rule = base
                .split("@font-face")
                .find(|r| r.contains(f.path))
                .unwrap_or_else(|| panic!("{} in base.css", f.path));
            assert!(
                rule.contains(&format!("font-weight: {};", f.weight)),
                "{}",
                f.path
            );
            assert!(
                rule.contains(&format!("unicode-range: {};", f.unicode_range)),
                "{}",
                f.path
            );
        }
    }
}
