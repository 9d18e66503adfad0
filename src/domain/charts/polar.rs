//! Polar geometry for radar charts.
//!
//! The first axis points straight up and the axes go clockwise, which is how people read a
//! clock face and how the printed reports of the assessment draw them. A missing value
//! (not applicable, unanswered, or NaN) is never drawn as 0: the polygon skips that axis and
//! the axis is listed in [`RadarLayout::missing`] so the view can draw a marker there.

use std::f64::consts::TAU;

use super::{clamp_score, finite_or, length, Point, TextAnchor};

/// The grid rings drawn behind every radar, in percent of the full radius.
pub const GRID_LEVELS: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// A radar needs at least this many axes; with fewer, the view draws bars instead.
pub const MIN_RADAR_AXES: usize = 3;

/// The angle of axis `index` of `count`, in radians clockwise from straight up.
/// `count == 0` gives 0 rather than a division by zero.
pub fn axis_angle(index: usize, count: usize) -> f64 {
    if count == 0 {
        return 0.0;
    }
    TAU * (index % count) as f64 / count as f64
}

/// The point at `angle` (clockwise from up) and `distance` from `centre`.
pub fn point_at_angle(centre: Point, angle: f64, distance: f64) -> Point {
    let angle = finite_or(angle, 0.0);
    let distance = length(distance);
    Point::new(
        centre.x + distance * super::trig::sin(angle),
        centre.y - distance * super::trig::cos(angle),
    )
}

/// The point for a 0–100 `value` on axis `index` of `count`, for a radar of `radius`.
/// Values are clamped to 0–100; NaN is placed at the centre (callers should not draw it at
/// all: use [`radar_layout`], which treats NaN as missing).
pub fn point_on_axis(centre: Point, radius: f64, index: usize, count: usize, value: f64) -> Point {
    let share = clamp_score(value).unwrap_or(0.0) / 100.0;
    point_at_angle(centre, axis_angle(index, count), length(radius) * share)
}

/// Which side of its anchor a label at `angle` should sit: labels on the right half start at
/// the anchor, labels on the left half end at it, labels at the top and bottom are centred.
pub fn label_anchor_for_angle(angle: f64) -> TextAnchor {
    let sin = super::trig::sin(finite_or(angle, 0.0));
    if sin > 0.1 {
        TextAnchor::Start
    } else if sin < -0.1 {
        TextAnchor::End
    } else {
        TextAnchor::Middle
    }
}

/// One axis of a laid-out radar.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    pub index: usize,
    pub angle: f64,
    /// The outer end of the spoke (value 100).
    pub spoke_end: Point,
    /// Where the axis label goes, `label_offset` beyond the spoke end.
    pub label_at: Point,
    pub label_anchor: TextAnchor,
    /// The clamped score, or `None` when the axis has no score.
    pub value: Option<f64>,
    /// The score's point, for a dot and a tooltip; `None` when missing.
    pub point: Option<Point>,
}

/// An axis without a score, drawn as a marker (e.g. a hatched dot with "N/A") at the spoke end.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingAxis {
    pub index: usize,
    pub marker: Point,
}

/// One concentric grid ring, as a polygon with one vertex per axis (and its radius, for views
/// that prefer circles).
#[derive(Debug, Clone, PartialEq)]
pub struct GridRing {
    pub level: f64,
    pub radius: f64,
    pub points: Vec<Point>,
}

/// Everything a radar view needs to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarLayout {
    /// Fewer than [`MIN_RADAR_AXES`] axes: a radar would be a line or a dot, so the view should
    /// fall back to bars. The other fields are still filled so nothing has to special-case it.
    pub too_few_axes: bool,
    pub axes: Vec<RadarAxis>,
    /// The score polygon through the scored axes only, in axis order.
    pub polygon: Vec<Point>,
    pub missing: Vec<MissingAxis>,
    pub rings: Vec<GridRing>,
}

impl RadarLayout {
    /// How many axes have a score; below 3 the polygon is degenerate (draw the dots instead).
    pub fn scored_count(&self) -> usize {
        self.polygon.len()
    }
}

/// Lays out a radar with one axis per entry of `values` (0–100, `None` when missing).
/// `Some(NaN)` counts as missing; values outside 0–100 are clamped.
pub fn radar_layout(
    values: &[Option<f64>],
    centre: Point,
    radius: f64,
    label_offset: f64,
) -> RadarLayout {
    let centre = Point::new(centre.x, centre.y);
    let radius = length(radius);
    let label_distance = radius + length(label_offset);
    let count = values.len();

    let mut axes = Vec::with_capacity(count);
    let mut polygon = Vec::new();
    let mut missing = Vec::new();
    for (index, raw) in values.iter().enumerate() {
        let angle = axis_angle(index, count);
        let value = raw.and_then(clamp_score);
        let point = value.map(|v| point_at_angle(centre, angle, radius * v / 100.0));
        let spoke_end = point_at_angle(centre, angle, radius);
        match point {
            Some(p) => polygon.push(p),
            None => missing.push(MissingAxis {
                index,
                marker: spoke_end,
            }),
        }
        axes.push(RadarAxis {
            index,
            angle,
            spoke_end,
            label_at: point_at_angle(centre, angle, label_distance),
            label_anchor: label_anchor_for_angle(angle),
            value,
            point,
        });
    }

    let rings = GRID_LEVELS
        .iter()
        .map(|&level| {
            let ring_radius = radius * level / 100.0;
            GridRing {
                level,
                radius: ring_radius,
                points: (0..count)
                    .map(|i| point_at_angle(centre, axis_angle(i, count), ring_radius))
                    .collect(),
            }
        })
        .collect();

    RadarLayout {
        too_few_axes: count < MIN_RADAR_AXES,
        axes,
        polygon,
        missing,
        rings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Point = Point { x: 100.0, y: 100.0 };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn first_axis_points_up_and_axes_go_clockwise() {
        assert!(close(
            point_on_axis(C, 50.0, 0, 4, 100.0),
            Point::new(100.0, 50.0)
        ));
        // The second of four axes is at 3 o'clock (clockwise), not 9 o'clock.
        assert!(close(
            point_on_axis(C, 50.0, 1, 4, 100.0),
            Point::new(150.0, 100.0)
        ));
        assert!(close(
            point_on_axis(C, 50.0, 2, 4, 50.0),
            Point::new(100.0, 125.0)
        ));
        assert!(close(
            point_on_axis(C, 50.0, 3, 4, 100.0),
            Point::new(50.0, 100.0)
        ));
    }

    #[test]
    fn axis_angle_handles_zero_axes() {
        assert_eq!(axis_angle(0, 0), 0.0);
        assert_eq!(axis_angle(5, 0), 0.0);
    }

    #[test]
    fn values_are_clamped_to_the_radius() {
        assert!(close(
            point_on_axis(C, 50.0, 0, 4, 250.0),
            Point::new(100.0, 50.0)
        ));
        assert!(close(point_on_axis(C, 50.0, 0, 4, -20.0), C));
    }

    #[test]
    fn missing_axes_are_skipped_not_drawn_as_zero() {
        let layout = radar_layout(
            &[Some(100.0), None, Some(50.0), Some(f64::NAN)],
            C,
            50.0,
            10.0,
        );
        assert!(!layout.too_few_axes);
        assert_eq!(layout.polygon.len(), 2);
        assert!(
            !layout.polygon.iter().any(|p| close(*p, C)),
            "no vertex collapses to the centre"
        );
        let missing: Vec<usize> = layout.missing.iter().map(|m| m.index).collect();
        assert_eq!(missing, vec![1, 3]);
        assert!(close(layout.missing[0].marker, Point::new(150.0, 100.0)));
        assert_eq!(layout.axes[1].value, None);
        assert_eq!(layout.axes[3].point, None);
        assert_eq!(layout.scored_count(), 2);
    }

    #[test]
    fn a_real_zero_is_kept_at_the_centre() {
        let layout = radar_layout(&[Some(0.0), Some(50.0), Some(50.0)], C, 50.0, 10.0);
        assert_eq!(layout.polygon.len(), 3);
        assert!(close(layout.polygon[0], C));
        assert!(layout.missing.is_empty());
    }

    #[test]
    fn labels_anchor_by_side() {
        let layout = radar_layout(&[Some(1.0); 6], C, 50.0, 12.0);
        let anchors: Vec<TextAnchor> = layout.axes.iter().map(|a| a.label_anchor).collect();
        use TextAnchor::*;
        assert_eq!(anchors, vec![Middle, Start, Start, Middle, End, End]);
        assert!(close(layout.axes[0].label_at, Point::new(100.0, 38.0)));
    }

    #[test]
    fn grid_rings_at_quarters() {
        let layout = radar_layout(&[Some(1.0); 5], C, 80.0, 0.0);
        let levels: Vec<f64> = layout.rings.iter().map(|r| r.level).collect();
        assert_eq!(levels, vec![25.0, 50.0, 75.0, 100.0]);
        assert_eq!(layout.rings[1].radius, 40.0);
        assert_eq!(layout.rings[3].points.len(), 5);
        assert!(close(layout.rings[3].points[0], Point::new(100.0, 20.0)));
    }

    #[test]
    fn fewer_than_three_axes_is_flagged() {
        assert!(radar_layout(&[], C, 50.0, 0.0).too_few_axes);
        assert!(radar_layout(&[Some(10.0), Some(20.0)], C, 50.0, 0.0).too_few_axes);
        assert!(!radar_layout(&[None, None, None], C, 50.0, 0.0).too_few_axes);
    }

    #[test]
    fn hostile_geometry_stays_finite() {
        let layout = radar_layout(
            &[Some(f64::INFINITY), Some(-1.0), None],
            Point {
                x: f64::NAN,
                y: 1.0,
            },
            f64::NAN,
            f64::INFINITY,
        );
        for a in &layout.axes {
            assert!(a.spoke_end.x.is_finite() && a.label_at.y.is_finite());
        }
        assert_eq!(layout.polygon.len(), 2);
    }
}
