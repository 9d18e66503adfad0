//! The proposals as HTML text: the cards of the page, the evidence picker, the projected slides
//! and the printed policy brief. Every pointer is resolved against the current set here
//! (`domain::workshop::proposals::Sources`), so site texts are quoted as they are now; every
//! text from a file is escaped.

use crate::domain::instrument::{LoadedInstrument, Term};
use crate::domain::workshop::proposals::{
    ranked, weakest_indicators, Evidence, Level, Priority, Proposal, Resolved, Sources,
};
use crate::domain::workshop::svg::{esc, truncate};
use crate::domain::workshop::WorkshopModel;
use crate::i18n::proposals::{BK, PK};
use crate::i18n::Lang;
use crate::ui::common::{pick, type_name};
use crate::ui::workshop::views::fill;

/// What every builder needs.
pub struct Px<'a> {
    pub inst: &'a LoadedInstrument,
    pub lang: Lang,
    pub anon: bool,
    pub src: Sources<'a>,
}

fn term(lang: Lang, list: &[Term], id: &str) -> String {
    list.iter().find(|t| t.id == id).map(|t| pick(lang, &t.label)).unwrap_or_else(|| id.to_string())
}

pub fn level_name(lang: Lang, l: Level) -> &'static str {
    lang.t(match l {
        Level::Local => PK::Local,
        Level::Provincial => PK::Provincial,
        Level::National => PK::National,
    })
}

pub fn priority_name(lang: Lang, p: Priority) -> &'static str {
    lang.t(match p {
        Priority::High => PK::High,
        Priority::Medium => PK::Medium,
        Priority::Low => PK::Low,
    })
}

fn num(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}

impl Px<'_> {
    fn model(&self) -> &WorkshopModel {
        self.src.model
    }
    pub fn site(&self, key: &str) -> String {
        let untitled = self.lang.t(crate::i18n::K::Untitled);
        self.model().label_of(key, self.anon, untitled)
    }
    fn indicator_name(&self, id: &str) -> String {
        let inst = &self.inst.instrument;
        inst.indicators.iter().find(|i| i.id == id).map(|i| pick(self.lang, &i.label)).unwrap_or_else(|| id.to_string())
    }
    fn part_name(&self, id: &str) -> String {
        let inst = &self.inst.instrument;
        inst.toolset.iter().find(|t| t.id == id).map(|t| pick(self.lang, &t.title)).unwrap_or_else(|| id.to_string())
    }
    fn factor_head(&self, kind: &str, category: &str) -> String {
        let f = &self.inst.instrument.factors;
        format!("{} · {}", term(self.lang, &f.kinds, kind), term(self.lang, &f.categories, category))
    }
    pub fn types_text(&self, types: &[String]) -> String {
        if types.is_empty() {
            return self.lang.t(PK::AllTypes).to_string();
        }
        types.iter().map(|t| type_name(self.lang, self.inst, Some(t))).collect::<Vec<_>>().join(", ")
    }

    /// A pointer's heading and the quotes it resolves to now.
    pub fn evidence(&self, e: &Evidence, quotes: usize, cut: usize) -> (String, Vec<String>, Resolved) {
        let r = self.src.resolve(e);
        let head = match e {
            Evidence::Factor { site, factor } => {
                let f = self
                    .src
                    .assessments
                    .iter()
                    .find(|a| a.id == *site)
                    .and_then(|a| a.factors.iter().find(|f| f.id == *factor));
                match f {
                    Some(f) => format!("{} — {}", self.factor_head(&f.kind, &f.category), self.site(site)),
                    None => self.site(site),
                }
            }
            Evidence::FactorGroup { kind, category } => format!(
                "{} — {}",
                self.factor_head(kind, category),
                fill(self.lang.t(PK::AllSitesItem), &[("{k}", r.sites.len().to_string())])
            ),
            Evidence::Toolset { site, part } => format!("{} — {}", self.part_name(part), self.site(site)),
            Evidence::Indicator { indicator } => format!(
                "{}: {}",
                self.indicator_name(indicator),
                fill(self.lang.t(PK::MeanOf), &[("{v}", r.exact.map(|v| v.round_whole().to_string()).unwrap_or("–".into())), ("{k}", r.sites.len().to_string())])
            ),
            Evidence::Fies { site } => format!(
                "FIES {}: {}",
                self.site(site),
                fill(self.lang.t(PK::FiesScore), &[("{v}", r.exact.map(|v| v.one_decimal()).unwrap_or("–".into()))])
            ),
        };
        let mut q: Vec<String> = r
            .quotes
            .iter()
            .take(quotes)
            .map(|(k, t)| {
                let who = if matches!(e, Evidence::FactorGroup { .. }) { format!(" ({})", self.site(k)) } else { String::new() };
                format!("“{}”{}", truncate(t, cut), who)
            })
            .collect();
        if r.missing {
            q.push(self.lang.t(PK::Gone).to_string());
        }
        (head, q, r)
    }

    /// "Evidence from k sites; types: …" and the one-site flag, as HTML.
    pub fn support_html(&self, p: &Proposal) -> String {
        let s = self.src.support(p);
        let mut html = format!(
            "<p class=\"pr-support\" data-testid=\"support-{}\" data-sites=\"{}\">{}</p>",
            esc(&p.id),
            s.sites.len(),
            esc(&fill(self.lang.t(PK::Support), &[("{k}", s.sites.len().to_string()), ("{types}", self.types_text(&s.types))]))
        );
        if s.thin() {
            html.push_str(&format!("<p class=\"pr-flag\" data-testid=\"one-site-{}\">⚠ {}</p>", esc(&p.id), self.lang.t(PK::OneSite)));
        }
        if s.missing > 0 {
            html.push_str(&format!("<p class=\"pr-flag\">{}</p>", esc(&fill(self.lang.t(PK::Missing), &[("{n}", s.missing.to_string())]))));
        }
        html
    }

    /// One proposal's card on the page, with its controls.
    pub fn card(&self, p: &Proposal, rank: usize) -> String {
        let t = |k| self.lang.t(k);
        let id = esc(&p.id);
        let mut html = format!(
            "<article class=\"card pr-card\" data-testid=\"proposal\" data-proposal=\"{id}\"><h2><span class=\"num\">{rank}.</span> {}</h2>\
             <p class=\"sub\">{}</p><p><b>{}:</b> {}</p><p><b>{}:</b> {}</p>",
            esc(&p.title),
            esc(&fill(self.lang.t(BK::Meta), &[
                ("{level}", level_name(self.lang, p.level).to_string()),
                ("{priority}", priority_name(self.lang, p.priority).to_string()),
                ("{votes}", p.votes.to_string()),
                ("{types}", self.types_text(&p.types)),
            ])),
            t(PK::FProblem),
            esc(&p.problem),
            t(PK::FText),
            esc(&p.text),
        );
        if !p.actors.is_empty() {
            html.push_str(&format!("<p><b>{}:</b> {}</p>", t(PK::FActors), esc(&p.actors.join(", "))));
        }
        html.push_str(&format!("<h3>{}</h3>", t(PK::Evidence)));
        if p.evidence.is_empty() {
            html.push_str(&format!("<p class=\"muted\">{}</p>", t(PK::NoEvidence)));
        } else {
            html.push_str("<ul class=\"pr-evidence\">");
            for e in &p.evidence {
                let (head, quotes, _) = self.evidence(e, 3, 160);
                html.push_str(&format!("<li data-testid=\"evidence-item\" data-view=\"{}\"><b>{}</b>", e.view(), esc(&head)));
                for q in quotes {
                    html.push_str(&format!("<br><span class=\"pr-quote\">{}</span>", esc(&q)));
                }
                html.push_str(&format!(
                    " <button class=\"quiet\" data-detach=\"{}\" data-for=\"{id}\">{}</button></li>",
                    esc(&e.key()),
                    t(PK::Detach)
                ));
            }
            html.push_str("</ul>");
        }
        html.push_str(&self.support_html(p));
        html.push_str(&format!(
            "<div class=\"row pr-actions\"><span class=\"pr-votes\"><b>{}:</b> <output class=\"num\" data-testid=\"votes-{id}\">{}</output></span>\
             <button data-testid=\"vote-{id}\" data-vote=\"{id}\" data-delta=\"1\">{}</button>\
             <button class=\"quiet\" data-vote=\"{id}\" data-delta=\"-1\" aria-label=\"{} −1\">{}</button>\
             <span class=\"spacer\"></span>\
             <button class=\"secondary\" data-edit=\"{id}\" data-testid=\"edit-{id}\">{}</button>\
             <button class=\"quiet\" data-delete=\"{id}\" data-testid=\"delete-{id}\">{}</button></div></article>",
            t(PK::Votes),
            p.votes,
            t(PK::VoteAdd),
            t(PK::Votes),
            t(PK::VoteRemove),
            t(PK::Edit),
            t(PK::Delete),
        ));
        html
    }

    fn attach_button(&self, e: &Evidence, attached: &[Evidence]) -> String {
        let on = attached.contains(e);
        format!(
            "<button class=\"quiet pr-attach\" data-testid=\"attach-evidence\" data-attach=\"{}\" aria-pressed=\"{on}\"{}>{}</button>",
            esc(&e.key()),
            if on { " disabled" } else { "" },
            self.lang.t(if on { PK::Attached } else { PK::Attach })
        )
    }

    /// The evidence picker of one view: every item with its attach button.
    pub fn picker(&self, view: &str, attached: &[Evidence]) -> String {
        let m = self.model();
        let inst = &self.inst.instrument;
        let mut html = String::from("<ul class=\"pr-pick\">");
        match view {
            "toolset" => {
                for (pi, part) in m.toolset.parts.iter().enumerate() {
                    html.push_str(&format!("<li><details><summary>{} ({})</summary><ul>", esc(&self.part_name(part)), m.toolset_answered(pi)));
                    for (si, site) in m.toolset.sites.iter().enumerate() {
                        let text = m.toolset.cell(pi, si);
                        if text.is_empty() {
                            continue;
                        }
                        let e = Evidence::Toolset { site: site.clone(), part: part.clone() };
                        html.push_str(&format!("<li>{} <b>{}</b>: {}</li>", self.attach_button(&e, attached), esc(&self.site(site)), esc(&truncate(text, 200))));
                    }
                    html.push_str("</ul></details></li>");
                }
            }
            "indicators" => {
                for (id, mean, k) in weakest_indicators(m, 10) {
                    let e = Evidence::Indicator { indicator: id.clone() };
                    html.push_str(&format!(
                        "<li>{} <b>{}</b> — {}</li>",
                        self.attach_button(&e, attached),
                        esc(&self.indicator_name(&id)),
                        esc(&fill(self.lang.t(PK::MeanOf), &[("{v}", num(mean, 0)), ("{k}", k.to_string())]))
                    ));
                }
            }
            "fies" => {
                for s in &m.sites {
                    let e = Evidence::Fies { site: s.key.clone() };
                    let r = self.src.resolve(&e);
                    let Some(v) = r.exact else { continue };
                    html.push_str(&format!(
                        "<li>{} <b>{}</b> — {}</li>",
                        self.attach_button(&e, attached),
                        esc(&self.site(&s.key)),
                        esc(&fill(self.lang.t(PK::FiesScore), &[("{v}", v.one_decimal())]))
                    ));
                }
            }
            _ => {
                // The synthesis items (kind × category over all types), each with its factors.
                let mut items: Vec<(&str, &str)> = Vec::new();
                for g in &m.factors {
                    if !items.contains(&(g.kind.as_str(), g.category.as_str())) {
                        items.push((g.kind.as_str(), g.category.as_str()));
                    }
                }
                for (kind, cat) in items {
                    let e = Evidence::FactorGroup { kind: kind.into(), category: cat.into() };
                    let r = self.src.resolve(&e);
                    html.push_str(&format!(
                        "<li><details><summary>{} ({})</summary><p>{} {}</p><ul>",
                        esc(&self.factor_head(kind, cat)),
                        r.sites.len(),
                        self.attach_button(&e, attached),
                        esc(&fill(self.lang.t(PK::AllSitesItem), &[("{k}", r.sites.len().to_string())]))
                    ));
                    for a in self.src.assessments {
                        for f in a.factors.iter().filter(|f| f.kind == kind && f.category == cat && !f.text.trim().is_empty()) {
                            let e = Evidence::Factor { site: a.id.clone(), factor: f.id.clone() };
                            html.push_str(&format!("<li>{} <b>{}</b>: {}</li>", self.attach_button(&e, attached), esc(&self.site(&a.id)), esc(&truncate(f.text.trim(), 200))));
                        }
                    }
                    html.push_str("</ul></details></li>");
                }
                let _ = inst;
            }
        }
        html.push_str("</ul>");
        html
    }

    /// One projected slide per proposal, in the order they were written (a dot vote must not
    /// reshuffle the slides while the room votes; the brief ranks them): title, the proposal,
    /// up to four pieces of evidence, the support line and the vote button.
    pub fn slides(&self, list: &[Proposal], frozen: bool) -> Vec<String> {
        let t = |k| self.lang.t(k);
        list.iter()
            .map(|p| {
                let mut html = format!("<h1>{}</h1><div class=\"pr-slide\"><p class=\"pr-text\">{}</p><ul class=\"pr-evidence\">", esc(&p.title), esc(&truncate(&p.text, 160)));
                for e in p.evidence.iter().take(4) {
                    let (head, quotes, _) = self.evidence(e, 1, 90);
                    html.push_str(&format!("<li><b>{}</b>", esc(&truncate(&head, 90))));
                    for q in quotes {
                        html.push_str(&format!("<br>{}", esc(&q)));
                    }
                    html.push_str("</li>");
                }
                html.push_str("</ul>");
                let s = self.src.support(p);
                html.push_str(&format!(
                    "<p class=\"pr-support\">{}{}</p>",
                    esc(&fill(t(PK::Support), &[("{k}", s.sites.len().to_string()), ("{types}", self.types_text(&s.types))])),
                    if s.thin() { format!(" · ⚠ {}", t(PK::OneSite)) } else { String::new() }
                ));
                html.push_str(&format!(
                    "<p class=\"pr-vote-row\"><button class=\"pr-vote\" data-testid=\"vote-{id}\" data-vote=\"{id}\"{}>{}</button> <span class=\"num\" data-testid=\"slide-votes-{id}\">{}</span></p></div>",
                    if frozen { " disabled" } else { "" },
                    t(PK::VoteAdd),
                    esc(&fill(t(PK::SlideVotes), &[("{n}", p.votes.to_string())])),
                    id = esc(&p.id),
                ));
                html
            })
            .collect()
    }
}

/// The policy brief, in Thai whatever the interface language: context, method, findings by
/// type, the proposals ranked with their evidence, and the actors addressed.
pub fn brief(px: &Px, list: &[Proposal]) -> String {
    let th = Lang::Th;
    let px = Px { inst: px.inst, lang: th, anon: px.anon, src: Sources { assessments: px.src.assessments, model: px.src.model, inst: px.src.inst } };
    let t = |k: BK| th.t(k);
    let m = px.model();
    let inst = &px.inst.instrument;
    let mut html = format!("<header><h1>{}</h1><p class=\"sub\">{}</p></header>", t(BK::Title), t(BK::Sub));

    // 1. Context.
    let mut types: Vec<String> = Vec::new();
    let mut provinces: Vec<String> = Vec::new();
    for s in &m.sites {
        if let Some(t) = &s.community_type {
            if !types.contains(t) {
                types.push(t.clone());
            }
        }
        if let Some(p) = &s.province {
            if !provinces.contains(p) {
                provinces.push(p.clone());
            }
        }
    }
    let types = crate::domain::workshop::proposals::in_type_order(inst, types);
    html.push_str(&format!(
        "<section><h2>{}</h2><p>{}</p></section>",
        t(BK::Context),
        esc(&fill(t(BK::ContextText), &[
            ("{n}", m.sites.len().to_string()),
            ("{p}", provinces.len().to_string()),
            ("{types}", px.types_text(&types)),
            ("{gap}", m.coverage.provinces_without_sites.len().to_string()),
        ]))
    ));

    // 2. Method: instrument version, sites, dates (Buddhist Era).
    let dates = || px.src.assessments.iter().filter_map(|a| a.profile.assessment_date.as_deref()).filter(|d| crate::domain::dates::is_iso_date(d));
    let (from, to) = match (dates().min(), dates().max()) {
        (Some(a), Some(b)) => (
            crate::domain::dates::format_date_th(a).unwrap_or_default(),
            crate::domain::dates::format_date_th(b).unwrap_or_default(),
        ),
        _ => (t(BK::NoDates).to_string(), t(BK::NoDates).to_string()),
    };
    html.push_str(&format!(
        "<section><h2>{}</h2><p>{}</p></section>",
        t(BK::Method),
        esc(&fill(t(BK::MethodText), &[("{v}", inst.version.clone()), ("{n}", m.sites.len().to_string()), ("{from}", from), ("{to}", to)]))
    ));

    // 3. Findings by type.
    html.push_str(&format!("<section><h2>{}</h2><ul class=\"brief-findings\">", t(BK::Findings)));
    for ty in &types {
        let idx: Vec<usize> = (0..m.sites.len()).filter(|&i| m.sites.get(i).and_then(|s| s.community_type.as_ref()) == Some(ty)).collect();
        let overall: Vec<f64> = idx.iter().filter_map(|&i| m.sites.get(i).and_then(|s| s.overall)).collect();
        let mean = (!overall.is_empty()).then(|| overall.iter().sum::<f64>() / overall.len() as f64);
        html.push_str(&format!(
            "<li><b>{}</b>",
            esc(&fill(t(BK::FindingType), &[("{type}", type_name(th, px.inst, Some(ty))), ("{n}", idx.len().to_string()), ("{score}", mean.map(|v| num(v, 0)).unwrap_or("–".into()))]))
        ));
        // The weakest indicator among these sites.
        let mut weakest: Option<(usize, f64)> = None;
        for c in 0..m.columns.len() {
            let v: Vec<f64> = idx
                .iter()
                .filter_map(|&i| m.sites.get(i).and_then(|s| s.indicators.get(c)).and_then(|(_, st)| st.score()))
                .collect();
            if v.is_empty() {
                continue;
            }
            let mean = v.iter().sum::<f64>() / v.len() as f64;
            if weakest.is_none_or(|(_, w)| mean < w) {
                weakest = Some((c, mean));
            }
        }
        if let Some((c, v)) = weakest {
            let id = m.columns.get(c).map(|x| x.0.as_str()).unwrap_or("");
            html.push_str(&format!("<br>{}", esc(&fill(t(BK::FindingWeak), &[("{ind}", px.indicator_name(id)), ("{v}", num(v, 0))]))));
        }
        // The obstacle category most of these sites named.
        let keys: Vec<&str> = idx.iter().filter_map(|&i| m.sites.get(i).map(|s| s.key.as_str())).collect();
        let mut best: Option<(&str, usize)> = None;
        for c in &inst.factors.categories {
            let k = px
                .src
                .assessments
                .iter()
                .filter(|a| keys.contains(&a.id.as_str()) && a.factors.iter().any(|f| f.kind == "obstacle" && f.category == c.id))
                .count();
            if k > 0 && best.is_none_or(|(_, b)| k > b) {
                best = Some((c.id.as_str(), k));
            }
        }
        if let Some((cat, k)) = best {
            html.push_str(&format!("<br>{}", esc(&fill(t(BK::FindingObstacle), &[("{cat}", term(th, &inst.factors.categories, cat)), ("{k}", k.to_string())]))));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul></section>");

    // 4. Proposals, ranked.
    html.push_str(&format!("<section><h2>{}</h2>", t(BK::Proposals)));
    if list.is_empty() {
        html.push_str(&format!("<p>{}</p>", t(BK::NoProposals)));
    }
    for (n, i) in ranked(list).into_iter().enumerate() {
        let Some(p) = list.get(i) else { continue };
        html.push_str(&format!(
            "<article class=\"brief-proposal\"><h3>4.{} {}</h3><p class=\"sub\">{}</p><p><b>{}:</b> {}</p><p><b>{}:</b> {}</p>",
            n + 1,
            esc(&p.title),
            esc(&fill(t(BK::Meta), &[
                ("{level}", level_name(th, p.level).to_string()),
                ("{priority}", priority_name(th, p.priority).to_string()),
                ("{votes}", p.votes.to_string()),
                ("{types}", px.types_text(&p.types)),
            ])),
            t(BK::Problem),
            esc(&p.problem),
            t(BK::Proposal),
            esc(&p.text),
        ));
        if !p.actors.is_empty() {
            html.push_str(&format!("<p><b>{}:</b> {}</p>", t(BK::Asks), esc(&p.actors.join(", "))));
        }
        html.push_str(&format!("<h4>{}</h4><ul>", t(BK::EvidenceHead)));
        for e in &p.evidence {
            let (head, quotes, _) = px.evidence(e, 3, 240);
            html.push_str(&format!("<li><b>{}</b>", esc(&head)));
            for q in quotes {
                html.push_str(&format!("<br>{}", esc(&q)));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul>");
        html.push_str(&px.support_html(p));
        html.push_str("</article>");
    }
    html.push_str("</section>");

    // 5. Actors addressed, each with the proposals that ask it to act.
    let mut actors: Vec<(String, Vec<usize>)> = Vec::new();
    for (n, i) in ranked(list).into_iter().enumerate() {
        for a in list.get(i).map(|p| p.actors.as_slice()).unwrap_or(&[]) {
            match actors.iter_mut().find(|(x, _)| x == a) {
                Some((_, l)) => l.push(n + 1),
                None => actors.push((a.clone(), vec![n + 1])),
            }
        }
    }
    html.push_str(&format!("<section><h2>{}</h2><ul>", t(BK::Actors)));
    for (a, l) in actors {
        let list: Vec<String> = l.iter().map(|n| format!("4.{n}")).collect();
        html.push_str(&format!("<li>{}</li>", esc(&fill(t(BK::ActorRow), &[("{actor}", a), ("{list}", list.join(", "))]))));
    }
    html.push_str("</ul></section>");
    html
}
