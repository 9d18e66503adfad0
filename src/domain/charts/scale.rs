//! Scales: mapping data values to pixels.
//!
//! [`LinearScale`] maps a continuous domain (e.g. scores 0–100) to a pixel range;
//! [`BandScale`] splits a pixel range into equal bands (bar rows, heatmap rows and columns).
//! Degenerate input (an empty domain, NaN, zero bands) gives a sensible finite answer, never a
//! division by zero.

use super::{finite_or, non_negative};

/// Never produce more ticks than this, whatever the caller asks for.
const MAX_TICKS: usize = 100;

/// A linear map from `domain` to `range`, optionally clamped to the range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
    clamp: bool,
}

impl LinearScale {
    /// A scale from `domain_start..domain_end` to `range_start..range_end` (non-finite ends become 0).
    pub fn new(domain_start: f64, domain_end: f64, range_start: f64, range_end: f64) -> Self {
        LinearScale {
            domain: (finite_or(domain_start, 0.0), finite_or(domain_end, 0.0)),
            range: (finite_or(range_start, 0.0), finite_or(range_end, 0.0)),
            clamp: false,
        }
    }

    /// The same scale, but values outside the domain stop at the range ends.
    pub fn clamped(mut self) -> Self {
        self.clamp = true;
        self
    }

    pub fn domain(&self) -> (f64, f64) {
        self.domain
    }

    pub fn range(&self) -> (f64, f64) {
        self.range
    }

    /// Maps `value` into the range. NaN maps to the range start; an empty domain maps every
    /// value to the middle of the range.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if !span.is_finite() || span == 0.0 {
            return finite_or((r0 + r1) / 2.0, r0);
        }
        if value.is_nan() {
            return r0;
        }
        let mut t = (value - d0) / span;
        if self.clamp || !t.is_finite() {
            t = t.clamp(0.0, 1.0);
        }
        finite_or(r0 + t * (r1 - r0), if t > 0.5 { r1 } else { r0 })
    }

    /// Roughly `count` round tick values covering the domain (see [`nice_ticks`]).
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        nice_ticks(self.domain.0, self.domain.1, count)
    }
}

/// A round step (1, 2 or 5 times a power of ten) that splits `span` into about `count` parts.
pub fn nice_step(span: f64, count: usize) -> f64 {
    let span = span.abs();
    if !span.is_finite() || span == 0.0 || count == 0 {
        return 1.0;
    }
    let raw = span / count as f64;
    let power = 10f64.powf(raw.log10().floor());
    if !power.is_finite() || power == 0.0 {
        return 1.0;
    }
    let error = raw / power;
    let factor = if error >= 7.07 {
        10.0
    } else if error >= 3.16 {
        5.0
    } else if error >= 1.41 {
        2.0
    } else {
        1.0
    };
    finite_or(factor * power, 1.0)
}

/// Round tick values from `min` to `max` (in either order), about `count` of them, ascending,
/// at most 100. For 0–100 and 5 ticks: 0, 20, 40, 60, 80, 100.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    if !lo.is_finite() || !hi.is_finite() || count == 0 {
        return Vec::new();
    }
    if lo == hi {
        return vec![lo];
    }
    if !(hi - lo).is_finite() {
        return vec![lo, hi];
    }
    let step = nice_step(hi - lo, count.min(MAX_TICKS));
    let first = (lo / step).ceil();
    let last = (hi / step).floor();
    // Round to the step's decimals so 3 × 0.2 prints as 0.6, not 0.6000000000000001.
    let decimals = (-step.log10().floor()).clamp(0.0, 15.0);
    let unit = 10f64.powf(decimals);
    let mut ticks = Vec::new();
    let mut k = first;
    while k <= last && ticks.len() < MAX_TICKS {
        let tick = finite_or((k * step * unit).round() / unit, k * step);
        ticks.push(if tick == 0.0 { 0.0 } else { tick });
        k += 1.0;
    }
    ticks
}

/// Equal bands across a pixel range, with padding between bands and at both ends, the way
/// bar rows and heatmap cells are spaced. Padding is a share of one step (0 ≤ padding < 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandScale {
    count: usize,
    start: f64,
    end: f64,
    padding_inner: f64,
    padding_outer: f64,
}

impl BandScale {
    /// `count` bands from `start` to `end` with no padding.
    pub fn new(count: usize, start: f64, end: f64) -> Self {
        BandScale {
            count,
            start: finite_or(start, 0.0),
            end: finite_or(end, 0.0),
            padding_inner: 0.0,
            padding_outer: 0.0,
        }
    }

    /// Sets the gap between bands and at the ends, each as a share of a step (clamped to 0–0.95).
    pub fn padding(mut self, inner: f64, outer: f64) -> Self {
        self.padding_inner = non_negative(inner).min(0.95);
        self.padding_outer = non_negative(outer).min(0.95);
        self
    }

    pub fn count(&self) -> usize {
        self.count
    }

    /// Distance from one band's start to the next.
    pub fn step(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        let slots = self.count as f64 - self.padding_inner + 2.0 * self.padding_outer;
        if slots <= 0.0 {
            return 0.0;
        }
        finite_or((self.end - self.start) / slots, 0.0)
    }

    /// The width (or height) of one band, never negative.
    pub fn bandwidth(&self) -> f64 {
        non_negative(self.step() * (1.0 - self.padding_inner)).min(self.extent())
    }

    /// Where band `index` starts. Indexes past the end continue the pattern (no panic).
    pub fn position(&self, index: usize) -> f64 {
        let step = self.step();
        finite_or(
            self.start + step * (self.padding_outer + index as f64),
            self.start,
        )
    }

    /// The centre of band `index`, for labels.
    pub fn centre(&self, index: usize) -> f64 {
        let sign = if self.end >= self.start { 1.0 } else { -1.0 };
        finite_or(
            self.position(index) + sign * self.bandwidth() / 2.0,
            self.start,
        )
    }

    fn extent(&self) -> f64 {
        finite_or((self.end - self.start).abs(), 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_maps_and_clamps() {
        let s = LinearScale::new(0.0, 100.0, 0.0, 200.0);
        assert_eq!(s.map(50.0), 100.0);
        assert_eq!(s.map(150.0), 300.0);
        assert_eq!(s.clamped().map(150.0), 200.0);
        assert_eq!(s.clamped().map(-5.0), 0.0);
    }

    #[test]
    fn linear_handles_inverted_range_for_y_axes() {
        let s = LinearScale::new(0.0, 100.0, 300.0, 0.0);
        assert_eq!(s.map(25.0), 225.0);
    }

    #[test]
    fn linear_degenerate_domain_and_nan() {
        let s = LinearScale::new(5.0, 5.0, 0.0, 10.0);
        assert_eq!(s.map(5.0), 5.0);
        let s = LinearScale::new(0.0, 1.0, 0.0, 10.0);
        assert_eq!(s.map(f64::NAN), 0.0);
        assert_eq!(s.map(f64::INFINITY), 10.0);
        assert_eq!(s.map(f64::NEG_INFINITY), 0.0);
        let s = LinearScale::new(f64::NAN, f64::INFINITY, f64::NAN, 4.0);
        assert!(s.map(1.0).is_finite());
    }

    #[test]
    fn nice_ticks_for_scores() {
        assert_eq!(
            nice_ticks(0.0, 100.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(
            nice_ticks(0.0, 100.0, 4),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(100.0, 0.0, 2), vec![0.0, 50.0, 100.0]);
    }

    #[test]
    fn nice_ticks_degenerate() {
        assert!(nice_ticks(f64::NAN, 1.0, 5).is_empty());
        assert!(nice_ticks(0.0, 1.0, 0).is_empty());
        assert_eq!(nice_ticks(3.0, 3.0, 5), vec![3.0]);
        assert!(nice_ticks(-1e308, 1e308, 1000).len() <= 100);
    }

    #[test]
    fn band_scale_with_padding() {
        let b = BandScale::new(4, 0.0, 100.0).padding(0.2, 0.1);
        // slots = 4 - 0.2 + 0.2 = 4 → step 25, bandwidth 20, first band starts at 2.5
        assert_eq!(b.step(), 25.0);
        assert_eq!(b.bandwidth(), 20.0);
        assert_eq!(b.position(0), 2.5);
        assert_eq!(b.position(3), 77.5);
        assert_eq!(b.centre(0), 12.5);
        assert!(b.position(3) + b.bandwidth() <= 100.0);
    }

    #[test]
    fn band_scale_degenerate() {
        let b = BandScale::new(0, 0.0, 100.0);
        assert_eq!(b.step(), 0.0);
        assert_eq!(b.bandwidth(), 0.0);
        assert_eq!(b.position(7), 0.0);
        let b = BandScale::new(3, f64::NAN, f64::INFINITY).padding(f64::NAN, 9.0);
        assert!(b.position(2).is_finite() && b.bandwidth().is_finite());
    }
}
