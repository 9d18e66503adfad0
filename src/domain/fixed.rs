//! Floats written with a fixed number of decimals by integer arithmetic.
//!
//! Chart coordinates, bar widths and shares are floats; writing them with `{:.1}` pulls the
//! standard library's exact float-to-decimal machinery (Grisu and Dragon4, about 8 KB gzip) into
//! the wasm that a phone downloads (docs/performance.md). [`Fixed`] scales, rounds halves away
//! from zero and writes the whole and fractional parts as integers instead. Scores are never
//! written through here: they are exact rationals (`scoring::score_text`).

use std::fmt;

/// `Fixed(x, places)` displays `x` with `places` decimals (at most 6), halves away from zero;
/// `-0.0` and values that round to zero print without a sign; NaN and infinities print as `0`
/// (an SVG attribute or a width must stay a number).
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u8);

/// One decimal: `d1(12.345)` displays `12.3`.
pub fn d1(x: f64) -> Fixed {
    Fixed(x, 1)
}

/// No decimals: `d0(12.5)` displays `13`.
pub fn d0(x: f64) -> Fixed {
    Fixed(x, 0)
}

/// `Shortest(x)` displays the shortest decimal that reads back as `x`, as `{x}` would ("0.6",
/// "87.5", "1"), with the digits serde_json already writes for JSON (so the std float formatter
/// stays out of the wasm). Very small or large values use an exponent ("1e-7"); NaN and the
/// infinities print as words.
#[derive(Clone, Copy, Debug)]
pub struct Shortest(pub f64);

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match serde_json::Number::from_f64(self.0) {
            Some(n) => {
                let text = n.to_string();
                f.write_str(text.strip_suffix(".0").unwrap_or(&text))
            }
            None if self.0.is_nan() => f.write_str("NaN"),
            None if self.0 > 0.0 => f.write_str("inf"),
            None => f.write_str("-inf"),
        }
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let places = u32::from(self.1.min(6));
        let scale = 10u64.pow(places);
        let x = if self.0.is_finite() { self.0 } else { 0.0 };
        // Beyond 2^53 a float has no fractional digits left to show; clamp rather than wrap.
        let scaled = (x.abs() * scale as f64).round().min(9.0e15);
        let n = scaled as u64;
        if x < 0.0 && n != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", n / scale)?;
        if places > 0 {
            write!(f, ".{:0width$}", n % scale, width = places as usize)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_digits_a_reader_expects() {
        assert_eq!(d1(12.345).to_string(), "12.3");
        assert_eq!(d1(0.05).to_string(), "0.1");
        assert_eq!(d1(-2.25).to_string(), "-2.3");
        assert_eq!(d1(-0.04).to_string(), "0.0");
        assert_eq!(d0(12.5).to_string(), "13");
        assert_eq!(d0(99.4).to_string(), "99");
        assert_eq!(Fixed(3.14159, 2).to_string(), "3.14");
        assert_eq!(Fixed(7.0, 2).to_string(), "7.00");
        assert_eq!(d1(f64::NAN).to_string(), "0.0");
        assert_eq!(d0(f64::INFINITY).to_string(), "0");
    }

    #[test]
    fn shortest_reads_back_as_the_number_written() {
        for (x, want) in [(0.6, "0.6"), (87.5, "87.5"), (1.0, "1"), (-0.25, "-0.25"), (100.0, "100"), (0.0001, "0.0001"), (1.15, "1.15")] {
            assert_eq!(Shortest(x).to_string(), want);
        }
        assert_eq!(Shortest(f64::NAN).to_string(), "NaN");
        for i in 0..5_000 {
            let x = i as f64 * 0.37 - 500.0;
            assert_eq!(Shortest(x).to_string(), format!("{x}"), "{x}");
        }
    }

    #[test]
    fn agrees_with_std_away_from_exact_halves() {
        // Coordinates and shares: the same text as `{:.N}` wherever the value is not a tie.
        for i in 0..20_000 {
            let x = (i as f64) * 0.0137 - 90.0;
            for places in 0..3u8 {
                let std = format!("{:.*}", places as usize, x);
                let ours = Fixed(x, places).to_string();
                let tie = (x.abs() * 10f64.powi(places as i32)).fract();
                let negative_zero = std.starts_with('-') && std[1..].chars().all(|c| c == '0' || c == '.');
                if (tie - 0.5).abs() > 1e-6 && !negative_zero {
                    assert_eq!(ours, std, "{x} with {places} decimals");
                }
            }
        }
    }
}
