//! Pure rules of the drafts page: presets from deep links, filtering, the trash's 30 days,
//! and the name of a copy. The browser side (storage, signals) lives in `ui::store`.

use std::collections::BTreeMap;

use crate::domain::assessment::completion::completion;
use crate::domain::assessment::{Assessment, Section};
use crate::domain::dates::parse_iso_date;
use crate::domain::instrument::Instrument;
use crate::domain::provinces::province;

/// Deleted drafts stay restorable for this many days.
pub const TRASH_DAYS: i64 = 30;

/// What a deep link `#/new?type=..&province=..&site=..` asks for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Presets {
    pub community_type: Option<String>,
    pub province: Option<String>,
    pub site_name: Option<String>,
    /// Parameters that were given but not understood; the rest still applies.
    pub rejected: Vec<RejectedPreset>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RejectedPreset {
    UnknownType(String),
    UnknownProvince(String),
    UnknownParameter(String),
}

/// Reads the parameters of a deep link against the instrument. Never fails: unknown values
/// are listed in `rejected` so the page can say which part of the link was ignored.
pub fn presets_from_params(params: &[(String, String)], inst: &Instrument) -> Presets {
    let mut p = Presets::default();
    for (k, v) in params {
        let v = v.trim();
        match k.as_str() {
            "type" => {
                if inst.community_types.iter().any(|t| t.id == v) {
                    p.community_type = Some(v.to_string());
                } else {
                    p.rejected.push(RejectedPreset::UnknownType(v.to_string()));
                }
            }
            "province" => {
                let code = v.to_ascii_uppercase();
                if province(&code).is_some() {
                    p.province = Some(code);
                } else {
                    p.rejected
                        .push(RejectedPreset::UnknownProvince(v.to_string()));
                }
            }
            "site" | "name" => {
                let name: String = v.chars().filter(|c| !c.is_control()).take(200).collect();
                if !name.is_empty() {
                    p.site_name = Some(name);
                }
            }
            other => p
                .rejected
                .push(RejectedPreset::UnknownParameter(other.to_string())),
        }
    }
    p
}

/// A stable key for "the same link", so that opening it twice can ask before creating a
/// second draft. Parameter order does not matter.
pub fn link_key(params: &[(String, String)]) -> String {
    let mut v: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", v.trim()))
        .collect();
    v.sort_unstable();
    v.join("&")
}

/// One row of the drafts list.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftRow {
    pub id: String,
    pub site_name: String,
    pub community_type: Option<String>,
    pub province: Option<String>,
    pub updated_at: String,
    /// Share of all countable items filled, 0..=1.
    pub completion: f64,
    pub example: bool,
    /// 0 = baseline, 1, 2… = follow-ups of the same site.
    pub round: u32,
}

/// Overall completion over every section (items filled ÷ items), 0..=1.
pub fn overall_completion(a: &Assessment, inst: &Instrument) -> f64 {
    let (mut done, mut total) = (0usize, 0usize);
    for s in Section::ALL {
        let c = completion(a, inst, s);
        done += c.answered;
        total += c.total;
    }
    if total == 0 {
        0.0
    } else {
        done as f64 / total as f64
    }
}

pub fn row(a: &Assessment, inst: &Instrument) -> DraftRow {
    DraftRow {
        id: a.id.clone(),
        site_name: a.profile.site_name.clone(),
        community_type: a.profile.community_type.clone(),
        province: a.profile.province.clone(),
        updated_at: a.updated_at.clone(),
        completion: overall_completion(a, inst),
        example: a.example,
        round: a.round,
    }
}

/// The drafts page's filter: by community type and province (None = all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub community_type: Option<String>,
    pub province: Option<String>,
}

impl Filter {
    pub fn matches(&self, r: &DraftRow) -> bool {
        let t = self
            .community_type
            .as_ref()
            .is_none_or(|t| r.community_type.as_ref() == Some(t));
        let p = self
            .province
            .as_ref()
            .is_none_or(|p| r.province.as_ref() == Some(p));
        t && p
    }
}

/// Rows filtered and sorted, most recently edited first (ties by id, so the order is stable).
pub fn list(rows: Vec<DraftRow>, filter: &Filter) -> Vec<DraftRow> {
    let mut v: Vec<DraftRow> = rows.into_iter().filter(|r| filter.matches(r)).collect();
    v.sort_unstable_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    v
}

/// Whole days from one ISO date or timestamp to another (None if either does not parse).
pub fn days_between(from_iso: &str, to_iso: &str) -> Option<i64> {
    let a = parse_iso_date(from_iso.get(..10)?)?;
    let b = parse_iso_date(to_iso.get(..10)?)?;
    Some(days_from_civil(b.year, b.month, b.day) - days_from_civil(a.year, a.month, a.day))
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm), for date differences.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A trashed draft is purged once it has been in the trash for more than [`TRASH_DAYS`].
/// A deletion date that does not parse is kept (never purge what we cannot date).
pub fn trash_expired(deleted_at: &str, now_iso: &str) -> bool {
    days_between(deleted_at, now_iso).is_some_and(|d| d > TRASH_DAYS)
}

/// The name of a copy: "สำเนา – <name>" / "Copy – <name>" is decided by the UI; this strips
/// the example prefix so a copy of an example reads as the user's own site.
pub fn copy_name(name: &str, copy_word: &str) -> String {
    let base = name
        .strip_prefix("ตัวอย่าง:")
        .or_else(|| name.strip_prefix("Example:"))
        .unwrap_or(name)
        .trim();
    format!("{copy_word} {base}").trim().to_string()
}

/// A copy of `a` as a new draft of the user's own: new id, revision 0, not an example.
pub fn duplicate(a: &Assessment, new_id: String, name: String, now_iso: &str) -> Assessment {
    let mut c = a.clone();
    c.id = new_id;
    c.revision = 0;
    c.history.clear();
    c.example = false;
    c.created_at = now_iso.to_string();
    c.updated_at = now_iso.to_string();
    c.profile.site_name = name;
    c
}

/// What the last backup file held: when it was made and each draft's revision in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupMark {
    /// ISO timestamp, for display.
    pub at: String,
    pub revisions: BTreeMap<String, u64>,
}

impl BackupMark {
    /// The mark of a backup of `drafts` made `at`.
    pub fn of<'a>(at: &str, drafts: impl IntoIterator<Item = &'a Assessment>) -> BackupMark {
        let mut revisions = BTreeMap::new();
        for a in drafts {
            revisions.insert(a.id.clone(), a.revision);
        }
        BackupMark {
            at: at.to_string(),
            revisions,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::json!({"at": self.at, "revisions": self.revisions}).to_string()
    }

    /// A stored mark; anything unreadable is no mark (the page then says "not backed up").
    pub fn from_json(text: &str) -> Option<BackupMark> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        let at = v.get("at")?.as_str()?.to_string();
        let mut revisions = BTreeMap::new();
        for (id, r) in v.get("revisions")?.as_object()? {
            revisions.insert(id.clone(), r.as_u64()?);
        }
        Some(BackupMark { at, revisions })
    }
}

/// How many drafts are not in the last backup file as they are now: new since, or changed
/// since (another revision). Revisions rather than times, which have whole seconds only.
pub fn changed_since_backup<'a>(
    drafts: impl IntoIterator<Item = &'a Assessment>,
    mark: Option<&BackupMark>,
) -> usize {
    drafts
        .into_iter()
        .filter(|a| !a.example && mark.is_none_or(|m| m.revisions.get(&a.id) != Some(&a.revision)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inst() -> Instrument {
        crate::domain::bundled::instrument().unwrap().instrument
    }

    fn params(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn deep_link_presets_apply_and_unknown_values_are_named() {
        let p = presets_from_params(
            &params(&[
                ("type", "fisheries"),
                ("province", "th-84"),
                ("site", "บ้านบางใบไม้"),
            ]),
            &inst(),
        );
        assert_eq!(p.community_type.as_deref(), Some("fisheries"));
        assert_eq!(p.province.as_deref(), Some("TH-84"));
        assert_eq!(p.site_name.as_deref(), Some("บ้านบางใบไม้"));
        assert!(p.rejected.is_empty());

        let p = presets_from_params(
            &params(&[
                ("type", "mining"),
                ("province", "TH-10"),
                ("site", "X"),
                ("foo", "1"),
            ]),
            &inst(),
        );
        assert_eq!(p.site_name.as_deref(), Some("X"), "the rest still applies");
        assert_eq!(
            p.rejected,
            vec![
                RejectedPreset::UnknownType("mining".into()),
                RejectedPreset::UnknownProvince("TH-10".into()),
                RejectedPreset::UnknownParameter("foo".into()),
            ]
        );
    }

    #[test]
    fn the_same_link_in_another_order_is_the_same_link() {
        assert_eq!(
            link_key(&params(&[("type", "rubber"), ("site", "A")])),
            link_key(&params(&[("site", "A "), ("type", "rubber")]))
        );
    }

    #[test]
    fn trash_keeps_thirty_days() {
        assert!(!trash_expired(
            "2026-10-29T10:00:00Z",
            "2026-11-28T09:00:00Z"
        ));
        assert!(trash_expired(
            "2026-10-28T10:00:00Z",
            "2026-11-28T09:00:00Z"
        ));
        assert!(!trash_expired("garbage", "2026-11-28T09:00:00Z"));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
    }

    #[test]
    fn filter_and_order() {
        let mk = |id: &str, t: &str, p: &str, u: &str| DraftRow {
            id: id.into(),
            site_name: id.into(),
            community_type: Some(t.into()),
            province: Some(p.into()),
            updated_at: u.into(),
            completion: 0.0,
            example: false,
            round: 0,
        };
        let rows = vec![
            mk("a", "rubber", "TH-93", "2026-11-01T00:00:00Z"),
            mk("b", "fisheries", "TH-84", "2026-11-03T00:00:00Z"),
            mk("c", "rubber", "TH-84", "2026-11-02T00:00:00Z"),
        ];
        let all = list(rows.clone(), &Filter::default());
        assert_eq!(
            all.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["b", "c", "a"]
        );
        let f = Filter {
            community_type: Some("rubber".into()),
            province: Some("TH-84".into()),
        };
        assert_eq!(list(rows, &f).len(), 1);
    }

    #[test]
    fn a_copy_of_an_example_is_the_users_own() {
        let mut a = Assessment {
            id: "x".into(),
            example: true,
            revision: 5,
            ..Default::default()
        };
        a.profile.site_name = "ตัวอย่าง: ชุมชนประมง".into();
        let c = duplicate(
            &a,
            "y".into(),
            copy_name(&a.profile.site_name, "สำเนา"),
            "2026-11-28T00:00:00Z",
        );
        assert_eq!(c.profile.site_name, "สำเนา ชุมชนประมง");
        assert!(!c.example);
        assert_eq!(c.revision, 0);
        assert_eq!(c.id, "y");
    }

    #[test]
    fn counts_drafts_new_or_changed_since_the_last_backup() {
        let draft = |id: &str, revision: u64| Assessment {
            id: id.into(),
            revision,
            ..Assessment::default()
        };
        let mut list = vec![draft("a", 3), draft("b", 1)];
        assert_eq!(
            changed_since_backup(&list, None),
            2,
            "never backed up: every draft counts"
        );
        let mark = BackupMark::of("2026-11-28T09:00:00Z", &list);
        assert_eq!(BackupMark::from_json(&mark.to_json()), Some(mark.clone()));
        assert_eq!(
            changed_since_backup(&list, Some(&mark)),
            0,
            "in the same second or later, revisions tell"
        );
        list[0].revision = 4;
        list.push(draft("c", 0));
        assert_eq!(
            changed_since_backup(&list, Some(&mark)),
            2,
            "one changed, one new"
        );
        let example = Assessment {
            example: true,
            ..draft("x", 9)
        };
        assert_eq!(
            changed_since_backup([&example], None),
            0,
            "the bundled examples need no backup"
        );
        assert_eq!(BackupMark::from_json("2026-11-28"), None);
        assert_eq!(
            BackupMark::from_json(r#"{"at":"t","revisions":{"a":"x"}}"#),
            None
        );
    }
}
