//! The instrument from a JSON value, read field by field once `format::check` has accepted it
//! (see `domain::fields`): about a third of the wasm that serde's derive takes for the same
//! fifteen types. The derive stays on the types as the reference; the tests check both read
//! the bundled instrument and the test fixture alike.

use serde_json::Value;

use super::model::*;
use crate::domain::fields::Fields;

pub(crate) fn from_checked(value: Value) -> Instrument {
    let mut f = Fields::of(value);
    Instrument {
        format: f.string("format"),
        id: f.string("id"),
        version: f.string("version"),
        title: text(f.take("title")),
        description: text(f.take("description")),
        scale: f.list("scale", |v| {
            let mut f = Fields::of(v);
            ScaleLevel {
                level: f
                    .take("level")
                    .as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(0),
                label: text(f.take("label")),
            }
        }),
        community_types: f.list("community_types", |v| {
            let mut f = Fields::of(v);
            CommunityType {
                id: f.string("id"),
                name: text(f.take("name")),
                description: text(f.take("description")),
                characteristics: f.list("characteristics", term),
            }
        }),
        dimensions: f.list("dimensions", |v| {
            let mut f = Fields::of(v);
            Dimension {
                id: f.string("id"),
                name: text(f.take("name")),
                short: text(f.take("short")),
                description: text(f.take("description")),
                weight: f.f64("weight"),
            }
        }),
        indicators: f.list("indicators", indicator),
        bands: f.list("bands", |v| {
            let mut f = Fields::of(v);
            Band {
                id: f.string("id"),
                min: f.f64("min"),
                max: f.f64("max"),
                label: text(f.take("label")),
            }
        }),
        provisional_below: f.f64("provisional_below"),
        toolset: f.list("toolset", |v| {
            let mut f = Fields::of(v);
            ToolsetPart {
                id: f.string("id"),
                title: text(f.take("title")),
                prompt: text(f.take("prompt")),
                questions: f.list("questions", text),
            }
        }),
        fies: fies(f.take("fies")),
        factors: {
            let mut g = Fields::of(f.take("factors"));
            Factors {
                kinds: g.list("kinds", term),
                categories: g.list("categories", term),
            }
        },
        network: {
            let mut g = Fields::of(f.take("network"));
            NetworkVocabulary {
                actor_types: g.list("actor_types", term),
                levels: g.list("levels", term),
                tie_types: g.list("tie_types", term),
                known_actors: g.list("known_actors", |v| {
                    let mut f = Fields::of(v);
                    KnownActor {
                        name: text(f.take("name")),
                        actor_type: f.string("actor_type"),
                        level: f.string("level"),
                    }
                }),
            }
        },
        min_per_dimension: f
            .take("min_per_dimension")
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(3),
        definition: opt_text(f.take("definition")),
        level_rule: opt_text(f.take("level_rule")),
        na_rule: opt_text(f.take("na_rule")),
        consent: opt_text(f.take("consent")),
        retired: f.list("retired", |v| {
            let mut f = Fields::of(v);
            RetiredIndicator {
                id: f.string("id"),
                version: f.string("version"),
                label: text(f.take("label")),
                replaced_by: f.strings("replaced_by"),
                change: text(f.take("change")),
            }
        }),
    }
}

/// An optional text: absent reads as empty.
fn opt_text(v: Value) -> Text {
    if v.is_null() {
        Text::default()
    } else {
        text(v)
    }
}

fn text(v: Value) -> Text {
    let mut f = Fields::of(v);
    Text {
        th: f.string("th"),
        en: f.string("en"),
    }
}

fn term(v: Value) -> Term {
    let mut f = Fields::of(v);
    Term {
        id: f.string("id"),
        label: text(f.take("label")),
        definition: opt_text(f.take("definition")),
    }
}

fn indicator(v: Value) -> Indicator {
    let mut f = Fields::of(v);
    Indicator {
        id: f.string("id"),
        label: text(f.take("label")),
        definition: text(f.take("definition")),
        dimension: f.string("dimension"),
        applies_to: f.strings("applies_to"),
        weight: f.f64("weight"),
        pillars: f.strings("pillars"),
        bcg: f.strings("bcg"),
        levels: f.list("levels", text),
        evidence: f.list("evidence", text),
        source: f.string("source"),
    }
}

fn fies(v: Value) -> Fies {
    let mut f = Fields::of(v);
    Fies {
        recall_months: f.u32("recall_months"),
        preamble: text(f.take("preamble")),
        items: f.list("items", |v| {
            let mut f = Fields::of(v);
            FiesItem {
                code: f.string("code"),
                text: text(f.take("text")),
                severity: f.string("severity"),
                draft: f.bool("draft"),
            }
        }),
        bands: f.list("bands", |v| {
            let mut f = Fields::of(v);
            FiesBand {
                id: f.string("id"),
                min: f.f64("min"),
                max: f.f64("max"),
                label: text(f.take("label")),
            }
        }),
        caveat: text(f.take("caveat")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_serde_on_the_bundled_instrument_and_the_fixture() {
        let root = env!("CARGO_MANIFEST_DIR");
        for path in [
            "public/instrument/green-community.json",
            "tests/fixtures/instruments/valid.json",
        ] {
            let text = std::fs::read_to_string(format!("{root}/{path}")).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                from_checked(value.clone()),
                serde_json::from_value::<Instrument>(value).unwrap(),
                "{path}"
            );
        }
    }
}
