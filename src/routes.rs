//! Hash routes. The app lives behind `#/...` so that the built `dist/` works on any static
//! host with no rewrite rules, and so that share links (`#/import?d=...`) never reach a server.
//!
//! Parsing is total: any string gives a [`Route`] (unknown paths give [`Route::NotFound`]).

pub use crate::domain::assessment::Section;

/// Where the app is.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// `#/` : the drafts page.
    Drafts,
    /// `#/a/<id>` or `#/a/<id>/<section>`: the editor.
    Edit { id: String, section: Section },
    /// `#/a/<id>/results`.
    Results { id: String },
    /// `#/new?type=..&province=..&site=..`: a deep link that creates a draft with presets.
    New { params: Vec<(String, String)> },
    /// `#/import?d=...`: a share link carrying one assessment.
    Import { data: String },
    /// `#/workshop`: the comparison of many sites.
    Workshop,
    /// `#/present`: projection mode of the workshop.
    Present,
    /// `#/proposals`: policy proposals drafted from the workshop set.
    Proposals,
    /// `#/plan`: the model-site planner.
    Plan,
    /// `#/about`.
    About,
    /// Anything else; the page says so and links home.
    NotFound(String),
}

/// The two builds of the app, each its own page and wasm from this one crate (see
/// `docs/architecture.md`, "Two builds"). Both pages sit in the same folder and share the
/// origin, so drafts saved by one are read by the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `index.html`: drafts, new, the form, results and the A4 report, exchange, import links,
    /// about. What a field worker on a phone needs, and nothing else.
    Field,
    /// `workshop.html`: the workshop, projection and (to come) the planner and proposals, for
    /// the academic team on a laptop.
    Analyst,
}

impl Build {
    /// The page of this build, relative to the other one (they share a folder).
    pub fn page(self) -> &'static str {
        match self {
            Build::Field => "index.html",
            Build::Analyst => "workshop.html",
        }
    }
}

impl Route {
    /// The build that shows this route; `None` for [`Route::NotFound`], which either page
    /// shows itself. Exhaustive on purpose: a new route does not compile until it names its
    /// build.
    pub fn build(&self) -> Option<Build> {
        match self {
            Route::Drafts
            | Route::Edit { .. }
            | Route::Results { .. }
            | Route::New { .. }
            | Route::Import { .. }
            | Route::About => Some(Build::Field),
            Route::Workshop | Route::Present | Route::Proposals | Route::Plan => Some(Build::Analyst),
            Route::NotFound(_) => None,
        }
    }

    /// The `href` that reaches this route from a page of build `from`: the hash alone inside
    /// the same build, the other page plus the hash otherwise (a plain link, a full load).
    pub fn href_from(&self, from: Build) -> String {
        match self.build() {
            Some(b) if b != from => format!("{}{}", b.page(), self.to_hash()),
            _ => self.to_hash(),
        }
    }

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        let h = h.strip_prefix('/').unwrap_or(h);
        let (path, query) = match h.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (h, None),
        };
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segs.as_slice() {
            [] | ["drafts"] => Route::Drafts,
            ["about"] => Route::About,
            ["workshop"] => Route::Workshop,
            ["present"] => Route::Present,
            ["proposals"] => Route::Proposals,
            ["plan"] => Route::Plan,
            ["new"] => Route::New {
                params: parse_query(query.unwrap_or("")),
            },
            ["import"] => {
                let data = parse_query(query.unwrap_or(""))
                    .into_iter()
                    .find(|(k, _)| k == "d")
                    .map(|(_, v)| v)
                    .unwrap_or_default();
                Route::Import { data }
            }
            ["a", id] => Route::Edit {
                id: decode_component(id),
                section: Section::Profile,
            },
            ["a", id, "results"] => Route::Results {
                id: decode_component(id),
            },
            ["a", id, sec] => match Section::from_id(sec) {
                Some(section) => Route::Edit {
                    id: decode_component(id),
                    section,
                },
                None => Route::NotFound(hash.to_string()),
            },
            _ => Route::NotFound(hash.to_string()),
        }
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Drafts => "#/".into(),
            Route::About => "#/about".into(),
            Route::Workshop => "#/workshop".into(),
            Route::Present => "#/present".into(),
            Route::Proposals => "#/proposals".into(),
            Route::Plan => "#/plan".into(),
            Route::New { params } => {
                if params.is_empty() {
                    "#/new".into()
                } else {
                    let q: Vec<String> = params
                        .iter()
                        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
                        .collect();
                    format!("#/new?{}", q.join("&"))
                }
            }
            Route::Import { data } => format!("#/import?d={}", encode_component(data)),
            Route::Edit { id, section } => {
                format!("#/a/{}/{}", encode_component(id), section.id())
            }
            Route::Results { id } => format!("#/a/{}/results", encode_component(id)),
            Route::NotFound(h) => h.clone(),
        }
    }
}

/// Splits `a=1&b=two` into pairs, percent-decoding keys and values (`+` is a space).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode_component(k), decode_component(v)),
            None => (decode_component(p), String::new()),
        })
        .collect()
}

/// Percent-decodes a URL component. Invalid escapes are kept as written and invalid UTF-8 is
/// replaced, so a hand-typed or truncated link never fails to parse.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(a), Some(b)) => {
                    out.push(a * 16 + b);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_are_drafts() {
        assert_eq!(Route::parse(""), Route::Drafts);
        assert_eq!(Route::parse("#/"), Route::Drafts);
        assert_eq!(Route::parse("#/drafts"), Route::Drafts);
    }

    #[test]
    fn editor_results_and_sections() {
        assert_eq!(
            Route::parse("#/a/abc"),
            Route::Edit {
                id: "abc".into(),
                section: Section::Profile
            }
        );
        assert_eq!(
            Route::parse("#/a/abc/fies"),
            Route::Edit {
                id: "abc".into(),
                section: Section::Fies
            }
        );
        assert_eq!(
            Route::parse("#/a/abc/results"),
            Route::Results { id: "abc".into() }
        );
        assert!(matches!(Route::parse("#/a/abc/nope"), Route::NotFound(_)));
    }

    #[test]
    fn deep_link_presets_are_decoded() {
        let r = Route::parse(
            "#/new?type=fisheries&province=TH-84&site=%E0%B8%9A%E0%B9%89%E0%B8%B2%E0%B8%99+A",
        );
        assert_eq!(
            r,
            Route::New {
                params: vec![
                    ("type".into(), "fisheries".into()),
                    ("province".into(), "TH-84".into()),
                    ("site".into(), "บ้าน A".into()),
                ]
            }
        );
    }

    #[test]
    fn round_trip_through_hash() {
        for r in [
            Route::Drafts,
            Route::About,
            Route::Workshop,
            Route::Present,
            Route::Plan,
            Route::Results { id: "x-1".into() },
            Route::Edit {
                id: "x-1".into(),
                section: Section::Network,
            },
            Route::Import {
                data: "a+b/c=".into(),
            },
            Route::New {
                params: vec![("site".into(), "บ้าน ไหนหนัง & co".into())],
            },
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r, "{r:?}");
        }
    }

    #[test]
    fn each_route_links_to_its_own_build() {
        assert_eq!(Route::Workshop.href_from(Build::Field), "workshop.html#/workshop");
        assert_eq!(Route::Workshop.href_from(Build::Analyst), "#/workshop");
        assert_eq!(Route::Present.build(), Some(Build::Analyst));
        assert_eq!(Route::Drafts.href_from(Build::Analyst), "index.html#/");
        assert_eq!(Route::About.href_from(Build::Field), "#/about");
        assert_eq!(
            Route::Results { id: "x".into() }.href_from(Build::Analyst),
            "index.html#/a/x/results"
        );
        assert_eq!(Route::parse("#/nope").build(), None);
    }

    #[test]
    fn broken_escapes_do_not_fail() {
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("%4"), "%4");
        assert_eq!(decode_component("%zz1"), "%zz1");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }
}
