//! Opening an assessment filled with an earlier instrument version.
//!
//! Nothing is converted: answers of indicators that this version still asks carry over as they
//! are (same id, same meaning), and answers of indicators that were split, rewritten or dropped
//! stay under their old id. [`to_check_again`] lists the latter with the old question, so that
//! the team answers the new indicators itself; no old answer is ever mapped to a new meaning.

use super::model::{Instrument, RetiredIndicator};
use crate::domain::assessment::{Answer, Assessment};

/// One kept answer that this instrument no longer asks.
#[derive(Debug, Clone, PartialEq)]
pub struct Recheck<'a> {
    pub id: &'a str,
    pub answer: &'a Answer,
    /// The old question and what replaced it; None for an id this instrument never knew.
    pub retired: Option<&'a RetiredIndicator>,
}

/// Answers (with a level, N/A or a note) under ids that are not indicators of `inst`, in id
/// order, each with its old question when the instrument records it.
pub fn to_check_again<'a>(a: &'a Assessment, inst: &'a Instrument) -> Vec<Recheck<'a>> {
    a.answers
        .iter()
        .filter(|(id, x)| inst.indicator(id).is_none() && !x.is_empty())
        .map(|(id, answer)| Recheck {
            id: id.as_str(),
            answer,
            retired: inst.retired_indicator(id),
        })
        .collect()
}

/// What changed for this assessment when it is scored with `inst` rather than the version it
/// was filled with: the answers to check again, and the indicators of its type that replace
/// them and are not answered yet. Empty when the versions match and nothing is kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VersionChange {
    /// The version the assessment was filled with ("" when unknown).
    pub from: String,
    pub to: String,
    pub recheck: Vec<String>,
    /// Replacements that apply to the site's type and have no answer yet.
    pub new_unanswered: Vec<String>,
}

pub fn version_change(a: &Assessment, inst: &Instrument) -> VersionChange {
    let recheck = to_check_again(a, inst);
    let ty = a.profile.community_type.as_deref();
    let mut new_unanswered: Vec<String> = Vec::new();
    for r in &recheck {
        for id in r.retired.map(|x| x.replaced_by.as_slice()).unwrap_or_default() {
            let applies = inst.indicator(id).is_some_and(|i| i.applies_to_type(ty));
            let answered = a.answers.get(id).is_some_and(|x| x.level.is_some() || x.not_applicable);
            if applies && !answered && !new_unanswered.contains(id) {
                new_unanswered.push(id.clone());
            }
        }
    }
    VersionChange {
        from: a.instrument.version.clone(),
        to: inst.version.clone(),
        recheck: recheck.iter().map(|r| r.id.to_string()).collect(),
        new_unanswered,
    }
}

impl VersionChange {
    /// True when there is something to tell the user.
    pub fn is_empty(&self) -> bool {
        self.recheck.is_empty() && (self.from.is_empty() || self.from == self.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bundled;

    /// A 1.0.0 draft as saved before 1.1.0: C01 (unchanged) and C03 (split) answered.
    fn old_draft() -> Assessment {
        let text = r#"{"id":"7b0d2c1e-0000-4000-8000-00000000aaaa","instrument":{"id":"green-community-south","version":"1.0.0","hash":"x"},
            "profile":{"community_type":"fisheries"},
            "answers":{"C01":{"level":3,"note":"ปลาเกือบทุกวัน"},"C03":{"level":2,"note":"ผักจากตลาด"},"FI06":{"not_applicable":true,"note":""},"ZZ1":{"note":""}}}"#;
        Assessment::from_json(text).unwrap()
    }

    #[test]
    fn unchanged_answers_carry_over_and_split_ones_wait_under_their_old_id() {
        let inst = bundled::instrument().unwrap().instrument;
        let a = old_draft();
        let r = crate::domain::scoring::score(&a, &inst);
        // C01 still counts; C03 does not count for anything new.
        assert_eq!(r.answered, 1);
        let re = to_check_again(&a, &inst);
        let ids: Vec<&str> = re.iter().map(|r| r.id).collect();
        assert_eq!(ids, ["C03", "FI06"], "the empty ZZ1 entry is nothing to check");
        let c03 = re[0].retired.unwrap();
        assert!(c03.label.th.starts_with("อาหารที่คนในชุมชนกินปลอดภัย"), "the old question is shown");
        assert_eq!(re[0].answer.level, Some(2));
        assert_eq!(re[0].answer.note, "ผักจากตลาด");
        // Nothing was written under the new ids.
        assert!(!a.answers.contains_key("C16") && !a.answers.contains_key("C17"));
        let ch = version_change(&a, &inst);
        assert_eq!((ch.from.as_str(), ch.to.as_str()), ("1.0.0", inst.version.as_str()));
        assert_ne!(ch.from, ch.to);
        assert_eq!(ch.recheck, ["C03", "FI06"]);
        assert_eq!(ch.new_unanswered, ["C16", "C17", "FI12", "FI13"]);
        assert!(!ch.is_empty());
        // `gca validate --instrument` names it the same way.
        let problems: Vec<String> = a.check(&inst).iter().map(|p| p.to_string()).collect();
        assert!(
            problems.contains(&"answers.C03: \"C03\" was asked until instrument 1.0.0 and is kept to check again (not scored); answer C16, C17 instead".to_string()),
            "{problems:?}"
        );
    }

    #[test]
    fn a_current_assessment_has_nothing_to_check() {
        let loaded = bundled::instrument().unwrap();
        for a in bundled::examples() {
            let ch = version_change(&a, &loaded.instrument);
            assert!(ch.is_empty(), "{}: {ch:?}", a.profile.site_name);
        }
    }
}
