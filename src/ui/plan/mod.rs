//! `#/plan`: choose the model sites. Candidates are the workshop's set; the rules are saved in
//! localStorage (`gca.plan`) like the workshop set; the plan is re-computed (exactly, by
//! `domain::plan`) on every change of a rule. The output is HTML text built here and inserted
//! with `inner_html`, as on the workshop page (`docs/ui-conventions.md`).

use crate::domain::fixed::Fixed;
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;
use crate::domain::instrument::LoadedInstrument;
use crate::domain::plan::export::{candidates, csv_rows, plan_json};
use crate::domain::plan::sensitivity::{sensitivity, Sensitivity, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::domain::plan::{
    plan, Candidate, Conflict, Ineligible, LeftOutReason, Pick, PickReason, Plan, Rules, Shortfall,
};
use crate::domain::workshop::csv::to_csv;
use crate::domain::workshop::svg::{self, esc, TileInput};
use crate::i18n::plan::PL;
use crate::i18n::Lang;
use crate::platform::{download, random, storage};
use crate::ui::common::{province_name, tr, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use crate::ui::workshop::{gather, load_saved};
use leptos::prelude::*;

/// Where the rules are kept.
pub const PLAN_KEY: &str = "gca.plan";

/// The saved rules, or the defaults (a maximum of 6 per instrument type).
pub fn load_rules(inst: &LoadedInstrument) -> Rules {
    match storage::get_raw(PLAN_KEY).ok().flatten() {
        Some(t) => Rules::from_json(&t),
        None => {
            let types: Vec<String> = inst.instrument.community_types.iter().map(|t| t.id.clone()).collect();
            Rules::with_types(&types)
        }
    }
}

/// The workshop set's assessments as candidates.
pub fn load_candidates(inst: &LoadedInstrument) -> Vec<Candidate> {
    let store = use_store();
    let (set, imported) = load_saved();
    candidates(&gather(store, &set.chosen, &imported), &inst.instrument)
}

fn fill(text: &str, slots: &[(&str, String)]) -> String {
    let mut out = text.to_string();
    for (k, v) in slots {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

fn one(x: f64) -> String {
    Fixed(x, 1).to_string()
}

fn pct(x: f64) -> String {
    format!("{}%", Fixed(x * 100.0, 0))
}

/// Text helpers bound to a language and instrument.
pub struct Words<'a> {
    pub lang: Lang,
    pub inst: &'a LoadedInstrument,
    pub cs: &'a [Candidate],
    /// Replaces site names (the projector's anonymous codes), given the site id.
    pub label: Option<&'a dyn Fn(&str) -> String>,
}

impl Words<'_> {
    fn t(&self, k: PL) -> &'static str {
        self.lang.t(k)
    }
    fn prov(&self, iso: &str) -> String {
        province_name(self.lang, Some(iso))
    }
    fn ty(&self, id: &str) -> String {
        type_name(self.lang, self.inst, Some(id))
    }
    fn name(&self, i: usize) -> String {
        if let (Some(label), Some(c)) = (self.label, self.cs.get(i)) {
            return label(&c.id);
        }
        self.cs.get(i).map(|c| c.name.clone()).filter(|n| !n.is_empty()).unwrap_or_else(|| "—".into())
    }
    fn name_of(&self, id: &str) -> String {
        self.cs.iter().position(|c| c.id == id).map(|i| self.name(i)).unwrap_or_else(|| id.to_string())
    }

    pub fn pick_reason(&self, r: &PickReason) -> String {
        match r {
            PickReason::MustInclude { pilot: true } => self.t(PL::WhyPilot).into(),
            PickReason::MustInclude { pilot: false } => self.t(PL::WhyMust).into(),
            PickReason::OnlyInProvince { province } => fill(self.t(PL::WhyOnly), &[("p", self.prov(province))]),
            PickReason::BestOfType { community_type, score } => {
                fill(self.t(PL::WhyBestType), &[("t", self.ty(community_type)), ("s", one(*score))])
            }
            PickReason::BestInProvince { province, score } => {
                fill(self.t(PL::WhyBestProvince), &[("p", self.prov(province)), ("s", one(*score))])
            }
            PickReason::TypeMinimum { community_type, min } => {
                fill(self.t(PL::WhyTypeMin), &[("t", self.ty(community_type)), ("n", min.to_string())])
            }
            PickReason::HighScore { score, rank, of } => fill(
                self.t(PL::WhyScore),
                &[("s", one(*score)), ("r", rank.to_string()), ("n", of.to_string())],
            ),
        }
    }

    pub fn reasons(&self, p: &Pick) -> String {
        p.reasons.iter().map(|r| self.pick_reason(r)).collect::<Vec<_>>().join("; ")
    }

    fn left_out(&self, r: &LeftOutReason) -> String {
        match r {
            LeftOutReason::ProvinceFull { province, k, holder } => {
                let h = holder.as_ref().map(|(n, s)| format!("{n} {}", one(*s))).unwrap_or_default();
                fill(self.t(PL::OutProvinceFull), &[("p", self.prov(province)), ("k", k.to_string()), ("h", h)])
            }
            LeftOutReason::TypeMaxReached { community_type, max } => {
                fill(self.t(PL::OutTypeMax), &[("t", self.ty(community_type)), ("n", max.to_string())])
            }
            LeftOutReason::PlaceForCoverage => self.t(PL::OutCoverage).into(),
        }
    }

    fn ineligible(&self, r: &Ineligible) -> String {
        match r {
            Ineligible::MustExclude => self.t(PL::InExcluded).into(),
            Ineligible::NoScore => self.t(PL::InNoScore).into(),
            Ineligible::NoProvince => self.t(PL::InNoProvince).into(),
            Ineligible::NoType => self.t(PL::InNoType).into(),
            Ineligible::Provisional => self.t(PL::InProvisional).into(),
            Ineligible::LowCoverage { coverage } => fill(self.t(PL::InCoverage), &[("p", pct(*coverage))]),
            Ineligible::NoSupport => self.t(PL::InNoSupport).into(),
        }
    }

    pub fn conflict(&self, c: &Conflict) -> String {
        let d = |a: usize, b: usize| a.abs_diff(b).to_string();
        match c {
            Conflict::TooFewCandidates { n, available } => fill(
                self.t(PL::CfTooFew),
                &[("n", n.to_string()), ("a", available.to_string()), ("d", d(*n, *available))],
            ),
            Conflict::TypeMinOverCandidates { community_type, min, available } => fill(
                self.t(PL::CfTypeMinCands),
                &[("t", self.ty(community_type)), ("m", min.to_string()), ("a", available.to_string()), ("d", d(*min, *available))],
            ),
            Conflict::TypeMinOverMax { community_type, min, max } => fill(
                self.t(PL::CfTypeMinMax),
                &[("t", self.ty(community_type)), ("m", min.to_string()), ("x", max.to_string())],
            ),
            Conflict::TypeMinsOverN { total, n } => fill(
                self.t(PL::CfTypeMinsN),
                &[("m", total.to_string()), ("n", n.to_string()), ("d", d(*total, *n))],
            ),
            Conflict::TypeMaxUnderN { room, n } => fill(
                self.t(PL::CfTypeMaxN),
                &[("r", room.to_string()), ("n", n.to_string()), ("d", d(*room, *n))],
            ),
            Conflict::ProvincesOverN { provinces, n } => fill(
                self.t(PL::CfProvincesN),
                &[("p", provinces.to_string()), ("n", n.to_string()), ("d", d(*provinces, *n))],
            ),
            Conflict::ProvinceMaxUnderN { room, n, k } => fill(
                self.t(PL::CfProvinceMaxN),
                &[("k", k.to_string()), ("r", room.to_string()), ("n", n.to_string()), ("d", d(*room, *n))],
            ),
            Conflict::ProvinceMaxZero => self.t(PL::CfProvinceZero).into(),
            Conflict::MustIncludeOverN { count, n } => fill(
                self.t(PL::CfMustN),
                &[("c", count.to_string()), ("n", n.to_string()), ("d", d(*count, *n))],
            ),
            Conflict::MustIncludeOverTypeMax { community_type, count, max } => fill(
                self.t(PL::CfMustType),
                &[("t", self.ty(community_type)), ("c", count.to_string()), ("x", max.to_string()), ("d", d(*count, *max))],
            ),
            Conflict::MustIncludeOverProvinceMax { province, count, k } => fill(
                self.t(PL::CfMustProvince),
                &[("p", self.prov(province)), ("c", count.to_string()), ("k", k.to_string()), ("d", d(*count, *k))],
            ),
            Conflict::IncludedAndExcluded { id } => fill(self.t(PL::CfBoth), &[("s", self.name_of(id))]),
            Conflict::MustIncludeUnplaceable { id, why } => fill(
                self.t(PL::CfUnplaceable),
                &[("s", self.name_of(id)), ("w", why.as_ref().map(|w| self.ineligible(w)).unwrap_or_else(|| "?".into()))],
            ),
            Conflict::Combined => self.t(PL::CfCombined).into(),
        }
    }

    fn shortfall(&self, s: &Shortfall) -> String {
        match s {
            Shortfall::Sites { wanted, placed } => {
                fill(self.t(PL::UnSites), &[("p", placed.to_string()), ("n", wanted.to_string())])
            }
            Shortfall::TypeMin { community_type, min, placed } => fill(
                self.t(PL::UnTypeMin),
                &[("t", self.ty(community_type)), ("p", placed.to_string()), ("m", min.to_string())],
            ),
            Shortfall::Province { province } => fill(self.t(PL::UnProvince), &[("p", self.prov(province))]),
            Shortfall::MustInclude { id } => fill(self.t(PL::UnMust), &[("s", self.name_of(id))]),
        }
    }

    /// The tile map of provinces with the number of picks in each.
    pub fn map(&self, p: &Plan, width: f64) -> String {
        let types: Vec<String> = self.inst.instrument.community_types.iter().map(|t| t.id.clone()).collect();
        let tiles: Vec<TileInput> = SOUTHERN_PROVINCE_TILES
            .iter()
            .map(|tile| {
                let here: Vec<&Candidate> = p
                    .picks
                    .iter()
                    .filter_map(|k| self.cs.get(k.index))
                    .filter(|c| c.province.as_deref().and_then(crate::domain::compare::coverage::southern_province) == Some(tile.iso))
                    .collect();
                let by_type = types
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (svg::type_colour(Some(i)), here.iter().filter(|c| c.community_type.as_deref() == Some(t)).count()))
                    .filter(|(_, n)| *n > 0)
                    .collect();
                TileInput { name: self.prov(tile.iso), count: here.len(), by_type }
            })
            .collect();
        svg::tile_map(&tiles, self.t(PL::MapTitle), width)
    }

    /// The projected slide: the map and the list, names and types only (28 px and up in CSS).
    pub fn slide(&self, p: &Plan) -> String {
        let mut list = String::from("<ol class=\"plan-slide-list\">");
        for k in &p.picks {
            let c = self.cs.get(k.index);
            list.push_str(&format!(
                "<li>{} <span class=\"muted\">{}</span></li>",
                esc(&self.name(k.index)),
                esc(&c.and_then(|c| c.province.as_deref()).map(|x| self.prov(x)).unwrap_or_default())
            ));
        }
        list.push_str("</ol>");
        format!(
            "<h1>{}</h1><div class=\"wk-split plan-slide\"><div class=\"wk-chart\">{}</div><div class=\"wk-side\">{list}</div></div>",
            esc(&fill(self.t(PL::SlideTitle), &[("n", p.picks.len().to_string())])),
            self.map(p, 800.0)
        )
    }

    /// The whole result block of the page.
    pub fn result(&self, p: &Plan, s: Option<&Sensitivity>) -> String {
        let mut o = String::new();
        o.push_str(&format!("<h2>{}</h2>", self.t(PL::ResultTitle)));
        o.push_str(&format!(
            "<p data-testid=\"plan-total\">{}</p>",
            esc(&fill(self.t(PL::Total), &[("n", p.picks.len().to_string()), ("s", one(p.total_score))]))
        ));
        if p.feasible {
            o.push_str(&format!("<p class=\"ok\" data-testid=\"plan-feasible\">{}</p>", self.t(PL::Feasible)));
        } else {
            o.push_str(&format!(
                "<div class=\"plan-conflicts\" role=\"alert\" data-testid=\"plan-conflicts\"><p><strong>{}</strong></p><h3>{}</h3><ul>",
                self.t(PL::Infeasible),
                self.t(PL::ConflictsTitle)
            ));
            for c in &p.conflicts {
                o.push_str(&format!("<li>{}</li>", esc(&self.conflict(c))));
            }
            o.push_str("</ul>");
            if !p.shortfalls.is_empty() {
                o.push_str(&format!("<h3>{}</h3><ul>", self.t(PL::UnmetTitle)));
                for x in &p.shortfalls {
                    o.push_str(&format!("<li>{}</li>", esc(&self.shortfall(x))));
                }
                o.push_str("</ul>");
            }
            o.push_str("</div>");
        }
        o.push_str(&format!(
            "<div class=\"wk-split\"><div class=\"wk-chart plan-map\" data-testid=\"plan-map\">{}</div><div class=\"wk-side\">",
            self.map(p, 560.0)
        ));
        if !p.no_candidate.is_empty() {
            o.push_str(&format!("<h3>{}</h3><ul class=\"wk-list\" data-testid=\"plan-no-candidate\">", self.t(PL::NoCandidateTitle)));
            for iso in &p.no_candidate {
                o.push_str(&format!("<li>{}</li>", esc(&self.prov(iso))));
            }
            o.push_str("</ul>");
        }
        if !p.none_eligible.is_empty() {
            o.push_str(&format!("<h3>{}</h3><ul class=\"wk-list\">", self.t(PL::NoneEligibleTitle)));
            for iso in &p.none_eligible {
                o.push_str(&format!("<li>{}</li>", esc(&self.prov(iso))));
            }
            o.push_str("</ul>");
        }
        if let Some(s) = s {
            o.push_str(&format!("<h3>{}</h3><ul class=\"wk-list\" data-testid=\"plan-sensitivity\">", self.t(PL::SensitivityTitle)));
            for other in &s.other_n {
                let names: Vec<String> = other.joined.iter().map(|i| format!("+{}", self.name(*i))).chain(other.left.iter().map(|i| format!("−{}", self.name(*i)))).collect();
                o.push_str(&format!(
                    "<li>{}{}</li>",
                    esc(&fill(self.t(PL::AtN), &[("n", other.n.to_string()), ("c", (other.joined.len() + other.left.len()).to_string())])),
                    if names.is_empty() { String::new() } else { format!(": {}", esc(&names.join(", "))) }
                ));
            }
            o.push_str(&format!(
                "<li>{}</li></ul>",
                esc(&fill(self.t(PL::Stable), &[("d", s.draws.to_string()), ("s", pct(s.stable_share))]))
            ));
        }
        o.push_str("</div></div>");
        o.push_str(&format!("<h2>{}</h2><ol class=\"plan-picks\" data-testid=\"plan-picks\">", self.t(PL::PicksTitle)));
        for k in &p.picks {
            let Some(c) = self.cs.get(k.index) else { continue };
            let kept = s
                .and_then(|s| s.kept.iter().find(|(i, _)| *i == k.index))
                .map(|(_, x)| format!(" · {}", fill(self.t(PL::Kept), &[("p", pct(*x))])))
                .unwrap_or_default();
            o.push_str(&format!(
                "<li data-testid=\"plan-pick\" data-id=\"{}\" data-province=\"{}\" data-type=\"{}\"><strong>{}</strong> <span class=\"muted\">{} · {} · {}{}</span><br><span data-testid=\"plan-why-{}\">{}</span></li>",
                esc(&c.id),
                esc(c.province.as_deref().unwrap_or("")),
                esc(c.community_type.as_deref().unwrap_or("")),
                esc(&self.name(k.index)),
                esc(&c.province.as_deref().map(|x| self.prov(x)).unwrap_or_default()),
                esc(&self.ty(c.community_type.as_deref().unwrap_or(""))),
                c.score.map(one).unwrap_or_default(),
                esc(&kept),
                esc(&c.id),
                esc(&self.reasons(k))
            ));
        }
        o.push_str("</ol>");
        if !p.left_out.is_empty() {
            o.push_str(&format!("<h2>{}</h2><ul class=\"plan-left\" data-testid=\"plan-left-out\">", self.t(PL::LeftOutTitle)));
            for (i, why) in &p.left_out {
                let Some(c) = self.cs.get(*i) else { continue };
                let text: Vec<String> = why.iter().map(|r| self.left_out(r)).collect();
                o.push_str(&format!(
                    "<li><strong>{}</strong> ({}) <span data-testid=\"plan-why-{}\">{}</span></li>",
                    esc(&self.name(*i)),
                    c.score.map(one).unwrap_or_default(),
                    esc(&c.id),
                    esc(&text.join("; "))
                ));
            }
            o.push_str("</ul>");
        }
        if !p.ineligible.is_empty() {
            o.push_str(&format!("<details class=\"no-print\"><summary>{} ({})</summary><ul>", self.t(PL::IneligibleTitle), p.ineligible.len()));
            for (i, why) in &p.ineligible {
                o.push_str(&format!("<li>{}: {}</li>", esc(&self.name(*i)), esc(&self.ineligible(why))));
            }
            o.push_str("</ul></details>");
        }
        o
    }
}

fn save(rules: &Rules) {
    let _ = storage::set_raw(PLAN_KEY, &rules.to_json());
}

fn num(ev: &leptos::ev::Event) -> Option<usize> {
    event_target_value(ev).trim().parse::<usize>().ok()
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let cs = StoredValue::new(load_candidates(inst));
    let rules = RwSignal::new(load_rules(inst));
    let computed = Memo::new_with_compare(
        move |_| {
            rules.with(|r| {
                cs.with_value(|cs| {
                    let p = plan(cs, r);
                    let s = (p.error.is_none() && !p.picks.is_empty()).then(|| sensitivity(cs, r, &p, DEFAULT_DRAWS, DEFAULT_SEED));
                    (p, s)
                })
            })
        },
        |_, _| true,
    );
    let update = move |f: &dyn Fn(&mut Rules)| {
        rules.update(|r| {
            f(r);
            save(r);
        })
    };
    let types: Vec<(String, String)> = inst
        .instrument
        .community_types
        .iter()
        .map(|t| (t.id.clone(), type_name(lang, inst, Some(&t.id))))
        .collect();
    let count = cs.with_value(Vec::len);
    let words_html = move || {
        cs.with_value(|c| computed.with(|(p, s)| Words { lang, inst, cs: c, label: None }.result(p, s.as_ref())))
    };
    let download_csv = move |_| {
        cs.with_value(|c| {
            computed.with_untracked(|(p, _)| {
                let w = Words { lang, inst, cs: c, label: None };
                let rows = csv_rows(p, c, &|k| w.reasons(k));
                let _ = download::download_text("model-sites-plan.csv", "text/csv;charset=utf-8", &to_csv(&rows));
            })
        })
    };
    let download_json = move |_| {
        cs.with_value(|c| {
            computed.with_untracked(|(p, _)| {
                let text = rules.with_untracked(|r| plan_json(p, c, r, &random::now_iso()));
                let _ = download::download_text("model-sites-plan.json", "application/json", &text);
            })
        })
    };
    let type_rows = types
        .into_iter()
        .map(|(id, label)| {
            let (id_min, id_max) = (id.clone(), id.clone());
            let (id_min2, id_max2) = (id.clone(), id.clone());
            view! {
                <div class="plan-type-row">
                    <span class="plan-type-name">{label}</span>
                    <label>{tr(PL::Min)}
                        <input type="number" min="0" max="99" inputmode="numeric" data-testid=format!("plan-min-{id}")
                            prop:value=move || rules.with(|r| r.min_of(&id_min).to_string())
                            on:change=move |ev| if let Some(v) = num(&ev) { update(&|r| { r.type_min.insert(id_min2.clone(), v); }) }/>
                    </label>
                    <label>{tr(PL::Max)}
                        <input type="number" min="0" max="99" inputmode="numeric" data-testid=format!("plan-max-{id}")
                            prop:value=move || rules.with(|r| r.max_of(&id_max).map(|x| x.to_string()).unwrap_or_default())
                            on:change=move |ev| {
                                let v = num(&ev);
                                update(&|r| match v { Some(v) => { r.type_max.insert(id_max2.clone(), v); } None => { r.type_max.remove(&id_max2); } })
                            }/>
                    </label>
                </div>
            }
        })
        .collect_view();
    let must_rows = cs.with_value(|c| {
        c.iter()
            .map(|cand| {
                let id = cand.id.clone();
                let (a, b, x, y) = (id.clone(), id.clone(), id.clone(), id.clone());
                let label = format!(
                    "{}{}",
                    if cand.name.is_empty() { "—".to_string() } else { cand.name.clone() },
                    cand.province.as_deref().map(|p| format!(" · {}", province_name(lang, Some(p)))).unwrap_or_default()
                );
                let pilot = cand.pilot;
                view! {
                    <li class="plan-must-row">
                        <span class="plan-must-name">{label}{pilot.then(|| view! { <span class="chip">{tr(PL::Pilot)}</span> })}</span>
                        <label><input type="checkbox" data-testid=format!("plan-must-{id}")
                            prop:checked=move || cs.with_value(|c| rules.with(|r| r.includes(c).contains(&a)))
                            on:change=move |_| {
                                let all = cs.with_value(|c| rules.with_untracked(|r| r.includes(c)));
                                update(&|r| {
                                    let mut list = all.clone();
                                    if let Some(i) = list.iter().position(|k| *k == b) { list.remove(i); } else { list.push(b.clone()); }
                                    r.must_include = Some(list);
                                })
                            }/>{tr(PL::Must)}</label>
                        <label><input type="checkbox" data-testid=format!("plan-exclude-{id}")
                            prop:checked=move || rules.with(|r| r.must_exclude.contains(&x))
                            on:change=move |_| update(&|r| {
                                if let Some(i) = r.must_exclude.iter().position(|k| *k == y) { r.must_exclude.remove(i); } else { r.must_exclude.push(y.clone()); }
                            })/>{tr(PL::Exclude)}</label>
                    </li>
                }
            })
            .collect_view()
    });

    view! {
        <section class="plan" data-testid="planner">
            <div class="row page-head no-print">
                <h1>{tr(PL::Title)}</h1>
                <span class="spacer"></span>
                <a href="#/workshop" class="button secondary">{tr(PL::BackToWorkshop)}</a>
            </div>
            <h1 class="print-only">{tr(PL::Title)}</h1>
            <p class="plan-objective" data-testid="plan-objective">{tr(PL::Objective)}</p>
            <p class="muted">{fill(lang.t(PL::Candidates), &[("n", count.to_string())])}</p>
            {(count == 0).then(|| view! { <p class="notice">{tr(PL::Empty)}</p> })}
            <div class="plan-layout">
                <form class="plan-rules no-print" on:submit=|ev| ev.prevent_default() aria-label=tr(PL::RulesTitle)>
                    <h2>{tr(PL::RulesTitle)}</h2>
                    <div class="field">
                        <label for="plan-n">{tr(PL::NumberOfSites)}</label>
                        <input type="number" id="plan-n" data-testid="plan-n" min="1" max="500" inputmode="numeric"
                            prop:value=move || rules.with(|r| r.n.to_string())
                            on:change=move |ev| if let Some(v) = num(&ev) { update(&|r| r.n = v.min(crate::domain::plan::MAX_CANDIDATES)) }/>
                    </div>
                    <label class="check"><input type="checkbox" data-testid="plan-one-per-province"
                        prop:checked=move || rules.with(|r| r.one_per_province)
                        on:change=move |_| update(&|r| r.one_per_province = !r.one_per_province)/>{tr(PL::OnePerProvince)}</label>
                    <div class="field">
                        <label for="plan-k">{tr(PL::MaxPerProvince)}</label>
                        <input type="number" id="plan-k" data-testid="plan-k" min="0" max="99" inputmode="numeric"
                            prop:value=move || rules.with(|r| r.max_per_province.map(|k| k.to_string()).unwrap_or_default())
                            on:change=move |ev| { let v = num(&ev); update(&|r| r.max_per_province = v) }/>
                    </div>
                    <fieldset class="plan-types">
                        <legend>{tr(PL::TypeLimits)}</legend>
                        {type_rows}
                    </fieldset>
                    <div class="field">
                        <label for="plan-coverage">{tr(PL::MinCoverage)}</label>
                        <input type="number" id="plan-coverage" data-testid="plan-min-coverage" min="0" max="100" inputmode="numeric"
                            prop:value=move || rules.with(|r| Fixed(r.min_coverage * 100.0, 0).to_string())
                            on:change=move |ev| if let Some(v) = num(&ev) { update(&|r| r.min_coverage = (v.min(100) as f64) / 100.0) }/>
                    </div>
                    <label class="check"><input type="checkbox" data-testid="plan-allow-provisional"
                        prop:checked=move || rules.with(|r| r.allow_provisional)
                        on:change=move |_| update(&|r| r.allow_provisional = !r.allow_provisional)/>{tr(PL::AllowProvisional)}</label>
                    <label class="check"><input type="checkbox" data-testid="plan-require-support"
                        prop:checked=move || rules.with(|r| r.require_support)
                        on:change=move |_| update(&|r| r.require_support = !r.require_support)/>{tr(PL::RequireSupport)}</label>
                    <details open=count <= 60>
                        <summary>{tr(PL::MustTitle)}</summary>
                        <ul class="plan-must">{must_rows}</ul>
                    </details>
                </form>
                <div class="plan-result">
                    <div class="row no-print">
                        <button class="secondary" data-testid="plan-csv" on:click=download_csv>{tr(PL::ExportCsv)}</button>
                        <button class="secondary" data-testid="plan-json" on:click=download_json>{tr(PL::ExportJson)}</button>
                        <button class="secondary" data-testid="plan-print" on:click=move |_| { let _ = window().print(); }>{tr(PL::Print)}</button>
                    </div>
                    <div data-testid="plan-output" aria-live="polite" inner_html=words_html></div>
                </div>
            </div>
        </section>
    }
    .into_any()
}

/// The plan of the workshop's set under the saved rules, as one projected slide.
/// `label` replaces the names when the projection is anonymised.
pub fn plan_slide(inst: &'static LoadedInstrument, lang: Lang, label: Option<&dyn Fn(&str) -> String>) -> String {
    let cs = load_candidates(inst);
    let p = plan(&cs, &load_rules(inst));
    Words { lang, inst, cs: &cs, label }.slide(&p)
}
