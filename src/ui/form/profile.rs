//! The site profile: name, type, province, address, coordinates, date (Buddhist Era on
//! screen, ISO CE in the file), assessors, participants and supporting agencies.

use crate::domain::fixed::Shortest;
use super::use_editor;
use crate::domain::assessment::Action;
use crate::domain::dates::{format_date_th_numeric, parse_user_date};
use crate::domain::provinces::{english_sorted, thai_sorted};
use crate::i18n::rubric::QK;
use crate::domain::plan::SUPPORT_KINDS;
use crate::i18n::plan::{support_label, PL};
use crate::i18n::{Lang, K};
use crate::ui::common::{date, pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

/// A labelled one-line text field bound to a profile string.
#[component]
fn TextField(
    id: &'static str,
    label: K,
    get: fn(&crate::domain::assessment::Assessment) -> String,
    set: fn(String) -> Action,
) -> impl IntoView {
    let ed = use_editor();
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input type="text" id=id data-testid=id autocomplete="off"
                prop:value=move || ed.with(get)
                on:input=move |ev| ed.dispatch(set(event_target_value(&ev)))/>
        </div>
    }
}

#[component]
pub fn ProfileSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };

    let ty = move || ed.with(|a| a.profile.community_type.clone().unwrap_or_default());
    let prov = move || ed.with(|a| a.profile.province.clone().unwrap_or_default());

    // Coordinates are typed as text and only stored when they make sense.
    let coord_error = RwSignal::new(false);
    let lat_text = RwSignal::new(ed.current.with_untracked(|a| {
        a.as_ref()
            .and_then(|a| a.profile.latitude)
            .map(|v| Shortest(v).to_string())
            .unwrap_or_default()
    }));
    let lon_text = RwSignal::new(ed.current.with_untracked(|a| {
        a.as_ref()
            .and_then(|a| a.profile.longitude)
            .map(|v| Shortest(v).to_string())
            .unwrap_or_default()
    }));
    let set_coords = move || {
        let parse = |s: String| -> Result<Option<f64>, ()> {
            let s = s.trim().replace(',', ".");
            if s.is_empty() {
                Ok(None)
            } else {
                s.parse::<f64>().map(Some).map_err(|_| ())
            }
        };
        match (
            parse(lat_text.get_untracked()),
            parse(lon_text.get_untracked()),
        ) {
            (Ok(latitude), Ok(longitude)) => {
                ed.dispatch(Action::SetLatLong {
                    latitude,
                    longitude,
                });
                coord_error.set(ed.error.get_untracked().is_some());
                if coord_error.get_untracked() {
                    ed.error.set(None);
                }
            }
            _ => coord_error.set(true),
        }
    };

    // The date is typed as day/month/year (BE or CE) and stored as ISO CE.
    let stored_date = move || ed.with(|a| a.profile.assessment_date.clone());
    let date_text = RwSignal::new(
        stored_date()
            .and_then(|d| format_date_th_numeric(&d))
            .unwrap_or_default(),
    );
    let date_error = RwSignal::new(false);
    let on_date = move |text: String| {
        date_text.set(text.clone());
        if text.trim().is_empty() {
            date_error.set(false);
            ed.dispatch(Action::SetDate(None));
        } else if let Some(d) = parse_user_date(&text) {
            date_error.set(false);
            ed.dispatch(Action::SetDate(Some(d.to_iso())));
        } else {
            date_error.set(true);
        }
    };

    view! {
        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">{tr(K::SecProfile)}</h2>
            <TextField id="site-name" label=K::SiteName get=|a| a.profile.site_name.clone() set=Action::SetSiteName/>
            <div class="grid-2">
                <div class="field">
                    <label for="community-type">{tr(K::CommunityType)}</label>
                    <select id="community-type" data-testid="community-type"
                        prop:value=ty
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ed.dispatch(Action::SetCommunityType((!v.is_empty()).then_some(v)));
                        }>
                        <option value="" selected=move || ty().is_empty()>{tr(K::ChooseType)}</option>
                        {inst.instrument.community_types.iter().map(|t| {
                            let id = t.id.clone();
                            let id2 = t.id.clone();
                            let name = t.name.clone();
                            view! { <option value=id selected=move || ty() == id2>{pick(lang, &name)}</option> }
                        }).collect_view()}
                    </select>
                    <p class="hint">{tr(K::TypeChangeNote)}</p>
                </div>
                <div class="field">
                    <label for="province">{tr(K::Province)}</label>
                    <select id="province" data-testid="province"
                        prop:value=prov
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ed.dispatch(Action::SetProvince((!v.is_empty()).then_some(v)));
                        }>
                        <option value="" selected=move || prov().is_empty()>{tr(K::ChooseProvince)}</option>
                        {move || {
                            let list = if lang == Lang::Th { thai_sorted() } else { english_sorted() };
                            list.into_iter().map(|p| {
                                let sel = prov() == p.iso;
                                view! { <option value=p.iso selected=sel>{lang.pick(p.th, p.en).to_string()}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <TextField id="district" label=K::District get=|a| a.profile.district.clone() set=Action::SetDistrict/>
                <TextField id="subdistrict" label=K::Subdistrict get=|a| a.profile.subdistrict.clone() set=Action::SetSubdistrict/>
                <TextField id="village" label=K::Village get=|a| a.profile.village.clone() set=Action::SetVillage/>
                <div class="field">
                    <label for="assessment-date">{tr(K::AssessmentDate)}</label>
                    <input type="text" id="assessment-date" data-testid="assessment-date" inputmode="numeric"
                        aria-describedby="assessment-date-hint"
                        prop:value=move || date_text.get()
                        on:input=move |ev| on_date(event_target_value(&ev))/>
                    <p class="hint" id="assessment-date-hint">
                        {move || match (date_error.get(), stored_date()) {
                            (true, _) => view! { <span class="error-text">{tr(K::DateInvalid)}</span> }.into_any(),
                            (false, Some(d)) => view! { <strong>{date(lang, &d)}</strong> }.into_any(),
                            (false, None) => view! { <span>{tr(K::DateHint)}</span> }.into_any(),
                        }}
                    </p>
                </div>
                <div class="field">
                    <label for="latitude">{tr(K::Latitude)}</label>
                    <input type="text" id="latitude" data-testid="latitude" inputmode="decimal"
                        prop:value=move || lat_text.get()
                        on:input=move |ev| { lat_text.set(event_target_value(&ev)); set_coords() }/>
                </div>
                <div class="field">
                    <label for="longitude">{tr(K::Longitude)}</label>
                    <input type="text" id="longitude" data-testid="longitude" inputmode="decimal"
                        prop:value=move || lon_text.get()
                        on:input=move |ev| { lon_text.set(event_target_value(&ev)); set_coords() }/>
                    {move || coord_error.get().then(|| view! {
                        <p class="error-text" role="alert">{tr(K::CoordinatesInvalid)}</p>
                    })}
                </div>
                <TextField id="assessors" label=K::Assessors get=|a| a.profile.assessors.clone() set=Action::SetAssessors/>
                <div class="field">
                    <label for="participants">{tr(K::Participants)}</label>
                    <input type="number" min="0" step="1" id="participants" data-testid="participants" inputmode="numeric"
                        prop:value=move || ed.with(|a| a.profile.participants.map(|n| n.to_string()).unwrap_or_default())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ed.dispatch(Action::SetParticipants(v.trim().parse::<u32>().ok()));
                        }/>
                </div>
            </div>
            <div class="field">
                <label for="agencies">{tr(K::Agencies)}</label>
                <textarea id="agencies" data-testid="agencies" rows="2"
                    prop:value=move || ed.with(|a| a.profile.agencies.clone())
                    on:input=move |ev| ed.dispatch(Action::SetAgencies(event_target_value(&ev)))></textarea>
            </div>
            <fieldset class="field support" data-testid="existing-support">
                <legend>{tr(PL::SupportLegend)}</legend>
                <p class="hint">{tr(PL::SupportHint)}</p>
                {SUPPORT_KINDS.iter().map(|&kind| {
                    let id = format!("support-{kind}");
                    let (for_id, test_id) = (id.clone(), id.clone());
                    view! {
                        <label class="check" for=for_id>
                            <input type="checkbox" id=id data-testid=test_id
                                prop:checked=move || ed.with(|a| a.profile.existing_support.iter().any(|k| k == kind))
                                on:change=move |_| ed.dispatch(Action::ToggleSupport(kind.to_string()))/>
                            <span>{tr(support_label(kind))}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </section>
        <ConsentStep/>
        <CharacteristicsPicker/>
    }
    .into_any()
}

/// The consent step of the protocol (every type), before any data is collected.
#[component]
fn ConsentStep() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let text = instrument().map(|i| pick(lang, &i.instrument.consent)).unwrap_or_default();
    view! {
        <section class="card consent" aria-labelledby="consent-title">
            <h2 id="consent-title">{tr(QK::Consent)}</h2>
            <label class="check-row">
                <input type="checkbox" data-testid="consent"
                    prop:checked=move || ed.with(|a| a.profile.consent)
                    on:change=move |ev| ed.dispatch(Action::SetConsent(event_target_checked(&ev)))/>
                <span>{text}</span>
            </label>
        </section>
    }
}

/// The definition of a green community, and the chosen type's observable characteristics to
/// tick (not scored).
#[component]
fn CharacteristicsPicker() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let ty = Memo::new(move |_| ed.with(|a| a.profile.community_type.clone()));
    view! {
        <section class="card characteristics" data-testid="characteristics" aria-labelledby="characteristics-title">
            <h2 id="characteristics-title">{tr(QK::Characteristics)}</h2>
            <details>
                <summary>{tr(QK::Definition)}</summary>
                <p>{pick(lang, &inst.instrument.definition)}</p>
            </details>
            <p class="hint">{tr(QK::CharacteristicsHint)}</p>
            {move || match ty.get().and_then(|t| inst.instrument.community_type(&t)) {
                None => view! { <p class="muted">{tr(QK::CharacteristicsNone)}</p> }.into_any(),
                Some(t) => view! {
                    <ul class="check-list">
                        {t.characteristics.iter().map(|c| {
                            let cid = c.id.clone();
                            let cid2 = c.id.clone();
                            view! {
                                <li><label class="check-row">
                                    <input type="checkbox" data-testid=format!("char-{}", c.id)
                                        prop:checked=move || ed.with(|a| a.profile.characteristics.contains(&cid))
                                        on:change=move |_| ed.dispatch(Action::ToggleCharacteristic(cid2.clone()))/>
                                    <span>{pick(lang, &c.label)}</span>
                                </label></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}
