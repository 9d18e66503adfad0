//! Chart geometry: pure functions that turn scores into coordinates, colours and labels.
//!
//! The SVG views in `ui/charts/` only draw what these functions return, so every decision
//! that could go wrong (an axis angle, a missing value drawn as zero, a NaN reaching an SVG
//! attribute) is made here and tested natively. Every function accepts any `f64` (including
//! NaN and infinities) and returns finite numbers; nothing here panics.
//!
//! Coordinates are SVG user units: x grows to the right, y grows downwards.

pub mod bars;
pub mod colour;
pub mod dumbbell;
pub mod fonts;
pub mod heatmap;
pub mod marks;
pub mod network;
pub mod polar;
pub mod scale;
pub mod svg;
pub mod tilemap;
pub mod trig;

#[cfg(test)]
mod proptests;

use crate::domain::fixed::Fixed;
use serde::{Deserialize, Serialize};

/// A point in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// A point whose non-finite coordinates are replaced by 0, so it is always safe to draw.
    pub fn new(x: f64, y: f64) -> Self {
        Point {
            x: finite_or(x, 0.0),
            y: finite_or(y, 0.0),
        }
    }
}

/// An axis-aligned rectangle in SVG user units (`x`, `y` is the top-left corner).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// A rectangle with finite coordinates and non-negative size.
    pub fn new(x: f64, y: f64, width: f64, height: f64) -> Self {
        Rect {
            x: finite_or(x, 0.0),
            y: finite_or(y, 0.0),
            width: non_negative(width),
            height: non_negative(height),
        }
    }

    /// The centre, where a cell's text label goes.
    pub fn centre(&self) -> Point {
        Point::new(self.x + self.width / 2.0, self.y + self.height / 2.0)
    }
}

/// How a text label sits against its anchor point (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    /// The value of the SVG `text-anchor` attribute.
    pub fn as_svg(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// `value` if it is finite, otherwise `fallback`. The one guard every layout uses, because a
/// single NaN in an SVG attribute makes the browser drop the whole shape silently.
pub fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        fallback
    }
}

/// A finite, non-negative length (NaN, infinities and negatives become 0).
pub fn non_negative(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// The largest size (width, height, gap) a layout accepts, so sums of many sizes stay finite.
pub const MAX_LENGTH: f64 = 1.0e6;

/// A usable length: finite, between 0 and [`MAX_LENGTH`].
pub fn length(value: f64) -> f64 {
    non_negative(value).min(MAX_LENGTH)
}

/// A score clamped to 0–100, or `None` when it is not a number at all. NaN is treated as
/// missing (never as 0) because N/A and unanswered must never look like a low score.
pub fn clamp_score(value: f64) -> Option<f64> {
    if value.is_nan() {
        None
    } else {
        Some(value.clamp(0.0, 100.0))
    }
}

/// The SVG `points` attribute of a polygon or polyline, two decimals per coordinate.
pub fn svg_points(points: &[Point]) -> String {
    let mut out = String::new();
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format!(
            "{},{}",
            Fixed(finite_or(p.x, 0.0), 2),
            Fixed(finite_or(p.y, 0.0), 2)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn point_and_rect_replace_non_finite_values() {
        let p = Point::new(f64::NAN, f64::INFINITY);
        assert_eq!(p, Point { x: 0.0, y: 0.0 });
        let r = Rect::new(1.0, f64::NAN, -5.0, f64::INFINITY);
        assert_eq!(
            r,
            Rect {
                x: 1.0,
                y: 0.0,
                width: 0.0,
                height: 0.0
            }
        );
    }

    #[test]
    fn clamp_score_keeps_nan_missing() {
        assert_eq!(clamp_score(f64::NAN), None);
        assert_eq!(clamp_score(150.0), Some(100.0));
        assert_eq!(clamp_score(f64::NEG_INFINITY), Some(0.0));
    }

    #[test]
    fn svg_points_formats_two_decimals() {
        let s = svg_points(&[Point::new(1.0, 2.5), Point::new(3.333, 4.0)]);
        assert_eq!(s, "1.00,2.50 3.33,4.00");
    }
}
