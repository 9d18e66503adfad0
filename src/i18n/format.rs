//! Number formatting for display. Dates are formatted in `domain::dates` (pure, shared with
//! the command-line tool) and re-exported here for the UI.

/// A score with one decimal taken from its exact value (halves away from zero), or an en dash
/// when there is no score (never "0"). The page, the slides, the report and the CSV share this
/// one rule.
pub use crate::domain::scoring::score_text as score;
use crate::domain::fixed::Fixed;
use crate::domain::scoring::Ratio;

/// An exact share (coverage) as a percentage with no decimals, halves away from zero.
pub fn percent_exact(v: Option<Ratio>) -> String {
    v.and_then(|c| c.checked_mul(Ratio::int(100)))
        .map(|p| format!("{}%", p.round_whole()))
        .unwrap_or_else(|| "–".to_string())
}

/// A share 0..1 as a percentage with no decimals, or an en dash.
pub fn percent(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => format!("{}%", Fixed(x * 100.0, 0)),
        _ => "–".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_scores_are_a_dash_not_zero() {
        assert_eq!(score(None), "–");
        assert_eq!(score(Ratio::new(6246, 100)), "62.5");
        assert_eq!(score(Ratio::new(5625, 100)), "56.3");
        assert_eq!(percent(Some(0.125)), "13%");
        assert_eq!(percent_exact(Ratio::new(1, 40)), "3%");
        assert_eq!(percent_exact(None), "–");
        assert_eq!(percent(Some(0.5)), "50%");
        assert_eq!(percent(None), "–");
    }
}
