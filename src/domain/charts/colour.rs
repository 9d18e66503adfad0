//! Colours for scores: one sequential, colour-blind-safe ramp, and readable text on top of it.
//!
//! The ramp is ColorBrewer's 5-class "Greens" (light to dark). It varies in lightness only, so
//! it reads the same with any colour-vision deficiency and in greyscale print. Not applicable
//! and unanswered never get a ramp colour (that would look like a low score): the views draw
//! them with the hatch patterns named by [`NOT_APPLICABLE_PATTERN_ID`] and
//! [`UNANSWERED_PATTERN_ID`].

use super::finite_or;

/// `id` of the SVG `<pattern>` the views define for "not applicable" cells.
pub const NOT_APPLICABLE_PATTERN_ID: &str = "gc-pattern-not-applicable";
/// `id` of the SVG `<pattern>` the views define for unanswered cells.
pub const UNANSWERED_PATTERN_ID: &str = "gc-pattern-unanswered";

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Parses `#rrggbb` or `rrggbb`; anything else is `None`.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let digits = text.trim().trim_start_matches('#');
        if digits.len() != 6 || !digits.is_ascii() {
            return None;
        }
        let part = |from: usize| {
            digits
                .get(from..from + 2)
                .and_then(|p| u8::from_str_radix(p, 16).ok())
        };
        Some(Rgb::new(part(0)?, part(2)?, part(4)?))
    }
}

/// Pure black: a softer near-black would drop below 4.5:1 on the mid-dark greens.
pub const BLACK: Rgb = Rgb::new(0, 0, 0);
/// White text, for the dark end of the ramp.
pub const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);

/// The ramp's fixed stops, light (score 0) to dark (score 100): ColorBrewer Greens, 5 classes.
pub const RAMP: [Rgb; 5] = [
    Rgb::new(0xed, 0xf8, 0xe9),
    Rgb::new(0xba, 0xe4, 0xb3),
    Rgb::new(0x74, 0xc4, 0x76),
    Rgb::new(0x31, 0xa3, 0x54),
    Rgb::new(0x00, 0x6d, 0x2c),
];

/// The colour for a 0–100 score, interpolated in sRGB between the ramp stops. Out-of-range
/// values are clamped; NaN gives the lightest stop (callers draw missing values with a pattern).
pub fn ramp_colour(score: f64) -> Rgb {
    let t = finite_or(score, if score > 0.0 { 100.0 } else { 0.0 }).clamp(0.0, 100.0) / 100.0;
    let last = (RAMP.len() - 1) as f64;
    let position = t * last;
    let lower = position.floor().clamp(0.0, last) as usize;
    let upper = (lower + 1).min(RAMP.len() - 1);
    let frac = position - lower as f64;
    let (a, b) = match (RAMP.get(lower), RAMP.get(upper)) {
        (Some(a), Some(b)) => (*a, *b),
        _ => return RAMP[0],
    };
    let mix = |x: u8, y: u8| -> u8 {
        let v = x as f64 + (y as f64 - x as f64) * frac;
        v.round().clamp(0.0, 255.0) as u8
    };
    Rgb::new(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b))
}

/// [`ramp_colour`] as `#rrggbb`.
pub fn ramp_hex(score: f64) -> String {
    ramp_colour(score).to_hex()
}

/// The fill for band `index` of `count` (e.g. the four bands of the instrument), sampled at the
/// middle of each band's share of the ramp so neighbouring bands stay distinguishable.
pub fn band_colour(index: usize, count: usize) -> Rgb {
    if count == 0 {
        return RAMP[0];
    }
    let index = index.min(count - 1);
    ramp_colour((index as f64 + 0.5) / count as f64 * 100.0)
}

/// WCAG 2 relative luminance (0 = black, 1 = white).
pub fn relative_luminance(colour: Rgb) -> f64 {
    let channel = |c: u8| {
        let s = c as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// Near-black or white, whichever has the higher contrast on `background`. For every ramp
/// colour this reaches at least 4.5:1 (WCAG AA for normal text).
pub fn text_colour_for(background: Rgb) -> Rgb {
    if contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background) {
        BLACK
    } else {
        WHITE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ramp_ends_and_stops() {
        assert_eq!(ramp_hex(0.0), "#edf8e9");
        assert_eq!(ramp_hex(25.0), "#bae4b3");
        assert_eq!(ramp_hex(100.0), "#006d2c");
        assert_eq!(ramp_hex(1000.0), "#006d2c");
        assert_eq!(ramp_hex(-3.0), "#edf8e9");
        assert_eq!(ramp_hex(f64::NAN), "#edf8e9");
        assert_eq!(ramp_hex(f64::INFINITY), "#006d2c");
    }

    #[test]
    fn ramp_gets_darker_as_scores_rise() {
        let mut previous = f64::INFINITY;
        for score in (0..=100).step_by(5) {
            let l = relative_luminance(ramp_colour(score as f64));
            assert!(l < previous, "luminance must fall at {score}");
            previous = l;
        }
    }

    #[test]
    fn text_on_the_ramp_reaches_wcag_aa() {
        for tenth in 0..=1000 {
            let bg = ramp_colour(tenth as f64 / 10.0);
            let ratio = contrast_ratio(text_colour_for(bg), bg);
            assert!(ratio >= 4.5, "contrast {ratio:.2} on {}", bg.to_hex());
        }
        assert_eq!(text_colour_for(ramp_colour(0.0)), BLACK);
        assert_eq!(text_colour_for(ramp_colour(100.0)), WHITE);
    }

    #[test]
    fn contrast_of_black_and_white_is_21() {
        assert!((contrast_ratio(Rgb::new(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn band_colours_are_distinct_and_ordered() {
        let bands: Vec<Rgb> = (0..4).map(|i| band_colour(i, 4)).collect();
        for pair in bands.windows(2) {
            assert!(relative_luminance(pair[0]) > relative_luminance(pair[1]));
        }
        assert_eq!(band_colour(9, 4), band_colour(3, 4));
        assert_eq!(band_colour(0, 0), RAMP[0]);
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(Rgb::from_hex("#1b6b3a"), Some(Rgb::new(0x1b, 0x6b, 0x3a)));
        assert_eq!(
            Rgb::from_hex("1B6B3A").map(Rgb::to_hex).as_deref(),
            Some("#1b6b3a")
        );
        assert_eq!(Rgb::from_hex("#12345"), None);
        assert_eq!(Rgb::from_hex("#ก12"), None);
        assert_eq!(Rgb::from_hex("#zz0000"), None);
    }

    #[test]
    fn pattern_ids_differ() {
        assert_ne!(NOT_APPLICABLE_PATTERN_ID, UNANSWERED_PATTERN_ID);
    }
}
