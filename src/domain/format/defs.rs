//! The shapes of the instrument, the assessment and the bundle, mirroring the serde types in
//! `instrument::model` and `assessment::model` field by field. When a field is added there,
//! add it here (the round-trip tests in `format::schema` and `tests/` catch omissions of
//! required fields).

use super::{opt, req, Field, Shape};

const STR: &Shape = &Shape::String;
const NUM: &Shape = &Shape::Number;
const BOOL: &Shape = &Shape::Bool;
const U32: &Shape = &Shape::Integer {
    min: 0,
    max: u32::MAX as u64,
};
const U64: &Shape = &Shape::Integer {
    min: 0,
    max: u64::MAX,
};
const STRS: &Shape = &Shape::Array {
    item: STR,
    exact: None,
};

/// `{"th": "...", "en": "..."}`
pub static TEXT: Shape = Shape::Named(
    "text",
    &Shape::Object(&[
        req("th", STR, "Thai text (must not be empty)"),
        req("en", STR, "English text (must not be empty)"),
    ]),
);
const TEXTS: &Shape = &Shape::Array {
    item: &TEXT,
    exact: None,
};

static TERM: Shape = Shape::Named(
    "term",
    &Shape::Object(&[
        req("id", STR, "stable id"),
        req("label", &TEXT, "label"),
        opt("definition", &TEXT, "one-line definition (required for factor kinds)"),
    ]),
);
const TERMS: &Shape = &Shape::Array {
    item: &TERM,
    exact: None,
};

static INDICATOR_FIELDS: [Field; 11] = [
    req(
        "id",
        STR,
        "stable id: C01.. for core, RB/FI/TO/ID/WS01.. per type",
    ),
    req("label", &TEXT, "the question as read aloud"),
    req("definition", &TEXT, "what the indicator means"),
    req("dimension", STR, "a dimensions[].id"),
    req(
        "applies_to",
        STRS,
        "[\"core\"] for every type, or a list of community type ids",
    ),
    req("weight", NUM, "weight within its dimension, > 0"),
    req(
        "pillars",
        STRS,
        "of availability|access|utilization|stability|agency|sustainability",
    ),
    req("bcg", STRS, "of B|C|G (may be empty)"),
    req(
        "levels",
        &Shape::Array {
            item: &TEXT,
            exact: Some(5),
        },
        "descriptors of levels 0..4",
    ),
    req("evidence", TEXTS, "what to ask to see"),
    req("source", STR, "references"),
];

/// The instrument file (`public/instrument/green-community.json`).
pub static INSTRUMENT: Shape = Shape::Object(&[
    req("format", &Shape::Const("green-community-instrument"), "marks an instrument file"),
    req("id", STR, "stable id of the framework"),
    req("version", STR, "semantic version MAJOR.MINOR.PATCH; bump on every edit"),
    req("title", &TEXT, "title"),
    req("description", &TEXT, "description"),
    req(
        "scale",
        &Shape::Array {
            item: &Shape::Object(&[
                req("level", &Shape::Integer { min: 0, max: 255 }, "0..4"),
                req("label", &TEXT, "generic name of the level"),
            ]),
            exact: Some(5),
        },
        "generic names of levels 0..4",
    ),
    req(
        "community_types",
        &Shape::Array {
            item: &Shape::Object(&[
                req("id", STR, "rubber|fisheries|tourism|identity|watershed"),
                req("name", &TEXT, "name"),
                req("description", &TEXT, "description"),
                opt("characteristics", TERMS, "5-8 observable characteristics, ticked in the profile, not scored"),
            ]),
            exact: None,
        },
        "the community types",
    ),
    req(
        "dimensions",
        &Shape::Array {
            item: &Shape::Object(&[
                req("id", STR, "stable id"),
                req("name", &TEXT, "name"),
                req("short", &TEXT, "short name for charts"),
                req("description", &TEXT, "description"),
                req("weight", NUM, "weight in the overall score, > 0"),
            ]),
            exact: None,
        },
        "the dimensions, in display order",
    ),
    req(
        "indicators",
        &Shape::Array { item: &Shape::Object(&INDICATOR_FIELDS), exact: None },
        "the indicators, in display order",
    ),
    req(
        "bands",
        &Shape::Array {
            item: &Shape::Object(&[
                req("id", STR, "stable id"),
                req("min", NUM, "inclusive lower bound"),
                req("max", NUM, "exclusive upper bound (the last band includes 100)"),
                req("label", &TEXT, "label"),
            ]),
            exact: None,
        },
        "contiguous bands of the overall score from 0 to 100",
    ),
    req("provisional_below", NUM, "coverage (0..1) under which an overall score is provisional"),
    req(
        "toolset",
        &Shape::Array {
            item: &Shape::Object(&[
                req("id", STR, "stable id"),
                req("title", &TEXT, "title"),
                req("prompt", &TEXT, "prompt"),
                req("questions", TEXTS, "guiding questions"),
            ]),
            exact: Some(8),
        },
        "Tool set 1: the eight qualitative parts, in order",
    ),
    req(
        "fies",
        &Shape::Object(&[
            req("recall_months", U32, "recall period in months"),
            req("preamble", &TEXT, "read before the items"),
            req(
                "items",
                &Shape::Array {
                    item: &Shape::Object(&[
                        req("code", STR, "FAO item code"),
                        req("text", &TEXT, "the question"),
                        req("severity", STR, "mild|moderate|severe"),
                        opt("draft", BOOL, "true while the Thai wording is a draft"),
                    ]),
                    exact: Some(8),
                },
                "the eight FIES items in FAO order",
            ),
            req(
                "bands",
                &Shape::Array {
                    item: &Shape::Object(&[
                        req("id", STR, "stable id"),
                        req("min", NUM, "inclusive lower bound"),
                        req("max", NUM, "exclusive upper bound (the last band includes 8)"),
                        req("label", &TEXT, "label"),
                    ]),
                    exact: None,
                },
                "contiguous indicative bands on the mean raw score from 0 to 8 (not SDG-comparable)",
            ),
            req("caveat", &TEXT, "shown next to every FIES figure"),
        ]),
        "Food Insecurity Experience Scale",
    ),
    req(
        "factors",
        &Shape::Object(&[
            req("kinds", TERMS, "supporting, obstacle, success, opportunity, challenge"),
            req("categories", TERMS, "factor categories"),
        ]),
        "factor vocabulary",
    ),
    req(
        "network",
        &Shape::Object(&[
            req("actor_types", TERMS, "actor types"),
            req("levels", TERMS, "administrative levels"),
            req("tie_types", TERMS, "tie types"),
            req(
                "known_actors",
                &Shape::Array {
                    item: &Shape::Object(&[
                        req("name", &TEXT, "name"),
                        req("actor_type", STR, "a network.actor_types[].id"),
                        req("level", STR, "a network.levels[].id"),
                    ]),
                    exact: None,
                },
                "actors offered as suggestions",
            ),
        ]),
        "network vocabulary",
    ),
    opt("min_per_dimension", U32, "fewest indicators a type may have in a dimension (3 when absent)"),
    opt("definition", &TEXT, "what a green community for food security is"),
    opt("level_rule", &TEXT, "the one rule for choosing a level, shown on every indicator card"),
    opt("na_rule", &TEXT, "when an indicator may be answered not applicable"),
    opt("consent", &TEXT, "the consent step of the protocol, asked in the profile"),
    opt(
        "retired",
        &Shape::Array {
            item: &Shape::Object(&[
                req("id", STR, "the old indicator id"),
                req("version", STR, "the last version that asked it"),
                req("label", &TEXT, "the old question"),
                opt("replaced_by", STRS, "ids that replace it"),
                req("change", &TEXT, "what changed and why"),
            ]),
            exact: None,
        },
        "indicators of earlier versions no longer asked; their answers are kept to check again",
    ),
]);

static ANSWER: Shape = Shape::Object(&[
    opt(
        "level",
        &Shape::Nullable(&Shape::Level),
        "0..4; absent or null = unanswered",
    ),
    opt(
        "not_applicable",
        BOOL,
        "true = not applicable, whatever the level",
    ),
    opt("note", STR, "evidence note"),
    opt("na_reason", STR, "why the indicator is not applicable (asked when N/A is chosen)"),
    opt(
        "community_level",
        &Shape::Level,
        "0..4: the community's own level beside the assessors' (format 3); absent = not asked",
    ),
]);

static PROFILE: Shape = Shape::Object(&[
    opt("site_name", STR, "site name"),
    opt(
        "community_type",
        &Shape::Nullable(STR),
        "a community type id, or null",
    ),
    opt(
        "province",
        &Shape::Nullable(STR),
        "ISO 3166-2 code TH-80..TH-96, or null",
    ),
    opt("district", STR, "district (amphoe)"),
    opt("subdistrict", STR, "subdistrict (tambon)"),
    opt("village", STR, "village"),
    opt(
        "latitude",
        &Shape::Nullable(NUM),
        "decimal degrees, -90..90",
    ),
    opt(
        "longitude",
        &Shape::Nullable(NUM),
        "decimal degrees, -180..180",
    ),
    opt(
        "assessment_date",
        &Shape::Nullable(STR),
        "ISO date YYYY-MM-DD (CE)",
    ),
    opt("assessors", STR, "who assessed"),
    opt(
        "participants",
        &Shape::Nullable(U32),
        "number of participants",
    ),
    opt("agencies", STR, "agencies involved"),
    opt("characteristics", STRS, "ids of the type's characteristics the site shows"),
    opt("consent", BOOL, "true once consent was asked and given (protocol step)"),
    opt(
        "existing_support",
        STRS,
        "who already supports the community: thaihealth, nhco, local_government, government_agency, university, civil_society, none",
    ),
]);

/// One assessment.
pub static ASSESSMENT: Shape = Shape::Object(&[
    req("id", STR, "UUID v4"),
    opt("revision", U64, "+1 on every saved change"),
    opt(
        "history",
        STRS,
        "short content hashes of earlier revisions, newest last",
    ),
    opt("created_at", STR, "ISO 8601 UTC timestamp"),
    opt("updated_at", STR, "ISO 8601 UTC timestamp"),
    opt("example", BOOL, "true for the bundled read-only examples"),
    opt(
        "site_id",
        STR,
        "the site this assessment is a round of; every round of a site shares it (format 3; absent = the assessment's own id)",
    ),
    opt(
        "round",
        U32,
        "0 = baseline, 1 = first follow-up, ... (format 3; absent = 0); the round's date is profile.assessment_date",
    ),
    opt(
        "instrument",
        &Shape::Object(&[
            opt("id", STR, "instrument id"),
            opt("version", STR, "instrument version"),
            opt("hash", STR, "instrument content hash (SHA-256 hex)"),
        ]),
        "the instrument the assessment was filled with",
    ),
    opt("profile", &PROFILE, "site profile"),
    opt(
        "answers",
        &Shape::Map(&ANSWER),
        "answers by indicator id; absent = unanswered",
    ),
    opt(
        "fies",
        &Shape::Map(&Shape::Object(&[
            opt("yes", U32, "households answering yes"),
            opt("asked", U32, "households asked"),
        ])),
        "FIES summary counts by item code (format 1; recorded before household entry)",
    ),
    opt(
        "fies_households",
        &Shape::Array {
            item: &Shape::Object(&[
                opt("code", STR, "anonymous household code (H01, H02, ...), never a name"),
                opt(
                    "answers",
                    &Shape::Map(STR),
                    "by FIES item code: \"yes\", \"no\" or \"dk\" (don't know or refused); absent = not entered",
                ),
                opt("wt", NUM, "sampling weight for RM.weights; absent = 1"),
            ]),
            exact: None,
        },
        "FIES answers household by household (format 2)",
    ),
    opt("toolset", &Shape::Map(STR), "Tool set 1 text by part id"),
    opt(
        "factors",
        &Shape::Array {
            item: &Shape::Object(&[
                opt("id", STR, "unique within the assessment"),
                opt("kind", STR, "a factors.kinds[].id"),
                opt("category", STR, "a factors.categories[].id"),
                opt("text", STR, "the factor"),
            ]),
            exact: None,
        },
        "supporting factors, obstacles, ...",
    ),
    opt(
        "network",
        &Shape::Object(&[
            opt(
                "actors",
                &Shape::Array {
                    item: &Shape::Object(&[
                        opt("id", STR, "unique within the assessment"),
                        opt("name", STR, "name"),
                        opt("actor_type", STR, "a network.actor_types[].id"),
                        opt("level", STR, "a network.levels[].id"),
                    ]),
                    exact: None,
                },
                "actors",
            ),
            opt(
                "ties",
                &Shape::Array {
                    item: &Shape::Object(&[
                        opt("from", STR, "an actor id"),
                        opt("to", STR, "an actor id"),
                        opt("tie_type", STR, "a network.tie_types[].id"),
                    ]),
                    exact: None,
                },
                "ties between actors",
            ),
        ]),
        "the site's partner network",
    ),
]);

/// Several assessments in one file.
pub static BUNDLE: Shape = Shape::Object(&[
    req(
        "format",
        &Shape::Const("green-community-assessment"),
        "marks an assessment file",
    ),
    req(
        "format_version",
        &Shape::Integer { min: 1, max: 3 },
        "3 (files with 1 or 2 are read and migrated)",
    ),
    opt(
        "exported_at",
        STR,
        "when the file was exported (ISO 8601, UTC)",
    ),
    opt("app_version", STR, "version of the app that wrote the file"),
    opt(
        "scores",
        &Shape::Map(&Shape::Object(&[
            opt(
                "overall",
                &Shape::Nullable(NUM),
                "overall score 0-100 when exported, or null",
            ),
            opt(
                "band",
                &Shape::Nullable(STR),
                "band id when exported, or null",
            ),
        ])),
        "by assessment id: the scores under the exporting app's instrument (informative)",
    ),
    req(
        "assessments",
        &Shape::Array {
            item: &ASSESSMENT_REF,
            exact: None,
        },
        "the assessments",
    ),
]);

static ASSESSMENT_REF: Shape = Shape::Named("assessment", &ASSESSMENT);
