//! Exact scores.
//!
//! Levels are whole numbers and weights short decimals, so every score of `docs/scoring.md` is
//! a rational number. [`Ratio`] keeps it exactly (a reduced fraction of two integers), so that
//! a score of exactly 56.25 prints 56.3 (one rounding, halves away from zero) and a score of
//! exactly 50 falls in the band that starts at 50. A running `f64` sum cannot promise either.
//!
//! Every operation is checked: a result whose numerator or denominator would pass 2¹²⁰ is
//! `None` instead of a wrong number. `gca validate` rejects instruments whose weights could get
//! there (see [`weights_fit`]), so a valid instrument always scores.

use std::cmp::Ordering;
use std::fmt;

/// Largest numerator or denominator kept (leaves room for ×10 and ×2 while rounding).
const LIMIT: u128 = 1 << 120;

/// A non-negative rational number `num / den`, always reduced (so `==` is equality of values).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: u128,
    den: u128,
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The full 256-bit product of two u128, as (high, low).
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    const MASK: u128 = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & MASK);
    let (b1, b0) = (b >> 64, b & MASK);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & MASK) + (p10 & MASK);
    let low = (p00 & MASK) | (mid << 64);
    let high = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (high, low)
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den` reduced; None when `den` is 0 or the reduced terms are too large.
    pub fn new(num: u128, den: u128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den).max(1);
        let (num, den) = (num / g, den / g);
        (num <= LIMIT && den <= LIMIT).then_some(Ratio { num, den })
    }

    /// A whole number.
    pub fn int(n: u64) -> Ratio {
        Ratio {
            num: u128::from(n),
            den: 1,
        }
    }

    /// The decimal a JSON number was written as (`1.5` → 3/2, `12.5` → 25/2, `0.6` → 3/5).
    ///
    /// serde_json reads `0.6` as the nearest binary double; Rust prints a double as the
    /// shortest decimal that reads back to it, which is the decimal the author wrote. None for
    /// a negative, non-finite or too finely written number.
    pub fn from_decimal(x: f64) -> Option<Ratio> {
        if !x.is_finite() || x < 0.0 {
            return None;
        }
        let text = crate::domain::fixed::Shortest(x).to_string();
        let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
        if whole.len() + frac.len() > 30 || !whole.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let digits: u128 = format!("{whole}{frac}").parse().ok()?;
        let den = 10u128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        Ratio::new(digits, den)
    }

    pub fn numer(self) -> u128 {
        self.num
    }

    pub fn denom(self) -> u128 {
        self.den
    }

    pub fn is_zero(self) -> bool {
        self.num == 0
    }

    pub fn checked_add(self, other: Ratio) -> Option<Ratio> {
        let g = gcd(self.den, other.den);
        let lcm = (self.den / g).checked_mul(other.den)?;
        let a = self.num.checked_mul(lcm / self.den)?;
        let b = other.num.checked_mul(lcm / other.den)?;
        Ratio::new(a.checked_add(b)?, lcm)
    }

    pub fn checked_mul(self, other: Ratio) -> Option<Ratio> {
        // Cross-reduce first so that the products stay small.
        let g1 = gcd(self.num, other.den).max(1);
        let g2 = gcd(other.num, self.den).max(1);
        let num = (self.num / g1).checked_mul(other.num / g2)?;
        let den = (self.den / g2).checked_mul(other.den / g1)?;
        Ratio::new(num, den)
    }

    /// None when dividing by zero.
    pub fn checked_div(self, other: Ratio) -> Option<Ratio> {
        if other.num == 0 {
            return None;
        }
        self.checked_mul(Ratio {
            num: other.den,
            den: other.num,
        })
    }

    /// The nearest double, for drawing (never for deciding a band, a tie or a printed digit).
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The value in tenths, rounded once, halves away from zero (56.25 → 563).
    pub fn tenths(self) -> u128 {
        let (q, r) = (self.num / self.den, self.num % self.den);
        // r < den ≤ 2¹²⁰, so 10·r and 2·r10 cannot overflow.
        let (q10, r10) = ((10 * r) / self.den, (10 * r) % self.den);
        let up = u128::from(2 * r10 >= self.den);
        q.saturating_mul(10).saturating_add(q10).saturating_add(up)
    }

    /// The nearest whole number, halves away from zero (12.5 → 13).
    pub fn round_whole(self) -> u128 {
        let (q, r) = (self.num / self.den, self.num % self.den);
        q.saturating_add(u128::from(2 * r >= self.den))
    }

    /// The value rounded once to one decimal (56.25 → 56.3), as a number for JSON files.
    pub fn rounded(self) -> f64 {
        self.tenths() as f64 / 10.0
    }

    /// One decimal, halves away from zero: "56.3", "50.0", "100.0". The one way a score is
    /// written, on the page, the slides, the report and in the CSV.
    pub fn one_decimal(self) -> String {
        let t = self.tenths();
        format!("{}.{}", t / 10, t % 10)
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        mul_wide(self.num, other.den).cmp(&mul_wide(other.num, self.den))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

/// Σ wᵢxᵢ ÷ Σ wᵢ over pairs with a positive weight; None when there are none (or, for weights
/// `gca validate` rejects, when the exact value does not fit).
pub fn exact_mean(pairs: impl IntoIterator<Item = (Ratio, Ratio)>) -> Option<Ratio> {
    let (mut sum, mut wsum) = (Ratio::ZERO, Ratio::ZERO);
    for (x, w) in pairs {
        if w.is_zero() {
            continue;
        }
        sum = sum.checked_add(x.checked_mul(w)?)?;
        wsum = wsum.checked_add(w)?;
    }
    sum.checked_div(wsum)
}

/// True when weights this fine can always be scored exactly: the product of every group's
/// weight total (in units of the finest decimal used), times the outer weights' total, times
/// 400, stays well inside the exact range. Each group is one dimension's indicator weights;
/// `outer` the dimension weights. A realistic instrument (weights like 1, 1.5, 2) is about
/// 2⁴⁰; the bound is 2¹⁰⁰.
pub fn weights_fit(groups: &[Vec<f64>], outer: &[f64]) -> bool {
    let to_units = |ws: &[f64]| -> Option<Vec<Ratio>> { ws.iter().map(|w| Ratio::from_decimal(*w)).collect() };
    let Some(outer) = to_units(outer) else { return false };
    let total = |ws: &[Ratio]| -> Option<u128> {
        let den = ws.iter().try_fold(1u128, |l, w| (l / gcd(l, w.den)).checked_mul(w.den))?;
        ws.iter().try_fold(0u128, |s, w| s.checked_add(w.num.checked_mul(den / w.den)?))
    };
    let mut bound = 400u128;
    for g in groups {
        let Some(ws) = to_units(g) else { return false };
        match total(&ws).and_then(|t| bound.checked_mul(t.max(1))) {
            Some(b) => bound = b,
            None => return false,
        }
    }
    total(&outer)
        .and_then(|t| bound.checked_mul(t.max(1)))
        .is_some_and(|b| b <= 1 << 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: u128, d: u128) -> Ratio {
        Ratio::new(n, d).unwrap()
    }

    #[test]
    fn halves_round_away_from_zero_once() {
        assert_eq!(r(5625, 100).one_decimal(), "56.3");
        assert_eq!(r(6225, 100).one_decimal(), "62.3");
        // 99.35 has no exact double (the nearest is below): f64 prints 99.3, the exact value 99.4.
        assert_eq!(r(9935, 100).one_decimal(), "99.4");
        assert_eq!(format!("{:.1}", 99.35f64), "99.3");
        assert_eq!(r(200, 3).one_decimal(), "66.7");
        assert_eq!(r(1249, 100).one_decimal(), "12.5");
        assert_eq!(r(12449, 1000).one_decimal(), "12.4");
        assert_eq!(Ratio::int(50).one_decimal(), "50.0");
        assert_eq!(Ratio::int(100).one_decimal(), "100.0");
        assert_eq!(Ratio::ZERO.one_decimal(), "0.0");
    }

    #[test]
    fn decimals_read_as_written() {
        assert_eq!(Ratio::from_decimal(0.6), Some(r(3, 5)));
        assert_eq!(Ratio::from_decimal(12.5), Some(r(25, 2)));
        assert_eq!(Ratio::from_decimal(1.0), Some(Ratio::int(1)));
        assert_eq!(Ratio::from_decimal(0.1), Some(r(1, 10)));
        assert_eq!(Ratio::from_decimal(-1.0), None);
        assert_eq!(Ratio::from_decimal(f64::NAN), None);
        assert_eq!(Ratio::from_decimal(1e-40), None);
    }

    #[test]
    fn arithmetic_is_exact_where_f64_is_not() {
        let tenth = r(1, 10);
        let three = tenth.checked_add(tenth).unwrap().checked_add(tenth).unwrap();
        assert_eq!(three, r(3, 10));
        assert_ne!(0.1 + 0.1 + 0.1, 0.3);
        assert_eq!(r(2, 3).checked_mul(r(3, 4)), Some(r(1, 2)));
        assert_eq!(r(1, 2).checked_div(Ratio::ZERO), None);
        assert!(r(1, 3) < r(34, 100) && r(50, 1) == Ratio::int(50));
        assert_eq!(Ratio::new(LIMIT + 1, 1), None);
        assert_eq!(Ratio::int(u64::MAX).checked_mul(Ratio::int(u64::MAX)), None);
    }

    #[test]
    fn comparisons_of_large_terms_do_not_overflow() {
        let a = r(LIMIT - 1, LIMIT);
        let b = r(LIMIT - 3, LIMIT - 2);
        assert!(b < a && a < Ratio::int(1));
    }

    #[test]
    fn exact_mean_skips_zero_weights_and_has_no_mean_of_nothing() {
        let m = exact_mean([(Ratio::int(75), Ratio::int(2)), (Ratio::int(50), Ratio::int(1))]);
        assert_eq!(m, Some(r(200, 3)));
        assert_eq!(exact_mean([(Ratio::int(75), Ratio::ZERO)]), None);
        assert_eq!(exact_mean(std::iter::empty()), None);
    }

    #[test]
    fn realistic_weights_fit_and_absurd_ones_do_not() {
        let dims = vec![vec![1.0, 1.5, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]; 7];
        assert!(weights_fit(&dims, &[2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]));
        let fine = vec![vec![1.0001, 3.1415, 2.7182, 1.4142, 9.9999]; 7];
        assert!(!weights_fit(&fine, &[1.0001; 7]));
    }
}
