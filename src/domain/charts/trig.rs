//! Sine and cosine for chart geometry, small enough for the phone's download.
//!
//! The standard library's `f64::sin` and `cos` bring libm's exact argument reduction (about
//! 7 KB of wasm) for angles up to 1e300; a chart's angles are a few turns at most and are drawn
//! to a tenth of a pixel. Reduced to [-π/2, π/2], a Taylor series to x^15 is within 1e-11 there.

use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// sin(x) to within 1e-11 for |x| up to a million radians; NaN for NaN or infinite input.
pub fn sin(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    // Into [-π, π]: a whole number of turns taken off.
    let mut r = x - (x / TAU).round_ties_even() * TAU;
    // Into [-π/2, π/2] by sin(π - r) = sin(r).
    if r > FRAC_PI_2 {
        r = PI - r;
    } else if r < -FRAC_PI_2 {
        r = -PI - r;
    }
    let r2 = r * r;
    // r - r³/3! + r⁵/5! - … - r¹⁵/15!, in Horner form.
    let mut term = 1.0;
    for k in (1..=7u32).rev() {
        let a = f64::from(2 * k) * f64::from(2 * k + 1);
        term = 1.0 - r2 / a * term;
    }
    r * term
}

/// cos(x) = sin(x + π/2), with the same accuracy.
pub fn cos(x: f64) -> f64 {
    sin(x + FRAC_PI_2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_libm_over_several_turns() {
        let mut worst: f64 = 0.0;
        for i in -200_000..=200_000 {
            let x = f64::from(i) * 1e-4; // -20 .. 20 rad
            worst = worst.max((sin(x) - x.sin()).abs()).max((cos(x) - x.cos()).abs());
        }
        assert!(worst < 1e-10, "worst error {worst}");
        assert_eq!(sin(0.0), 0.0);
        assert!((cos(PI) + 1.0).abs() < 1e-10);
        assert!(sin(f64::NAN).is_nan() && cos(f64::INFINITY).is_nan());
    }
}
