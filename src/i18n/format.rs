//! Number formatting for display. Dates are formatted in `domain::dates` (pure, shared with
//! the command-line tool) and re-exported here for the UI.

/// A score with one decimal, or an en dash when there is no score (never "0"). The charts and
/// reports share this one rule.
pub use crate::domain::charts::svg::score_text as score;

/// A share 0..1 as a percentage with no decimals, or an en dash.
pub fn percent(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => format!("{:.0}%", x * 100.0),
        _ => "–".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_scores_are_a_dash_not_zero() {
        assert_eq!(score(None), "–");
        assert_eq!(score(Some(f64::NAN)), "–");
        assert_eq!(score(Some(62.46)), "62.5");
        assert_eq!(percent(Some(0.5)), "50%");
        assert_eq!(percent(None), "–");
    }
}
