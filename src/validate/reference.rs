//! Rules for reference data (codes R…): ids, sources and review dates of competence
//! facts, and whether every ground × domain pair resolves to a body.

use super::Context;
use super::common::check_refs;
use super::dates::check_reviewed;
use super::ids::check_ids;
use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Reference};
use crate::model::reference::{CriteriaKeuze, Identified, Sourced};

pub fn check_all(ctx: &Context, r: &Reference, out: &mut Vec<Diagnostic>) {
    ids(&r.drempels, "drempels", "drempel", |f| &f.drempels, out);
    ids(&r.dimensies, "dimensies", "dimensie", |f| &f.dimensies, out);
    ids(&r.kanalen, "kanalen", "kanaal", |f| &f.kanalen, out);
    ids(
        &r.doelgroepen,
        "doelgroepen",
        "doelgroep",
        |f| &f.doelgroepen,
        out,
    );
    ids(&r.organen, "organen", "orgaan", |f| &f.organen, out);
    ids(&r.criteria, "criteria", "criterium", |f| &f.criteria, out);
    ids(&r.domeinen, "domeinen", "domein", |f| &f.domeinen, out);
    ids(&r.bevoegdheden, "regels", "regel", |f| &f.regels, out);
    facts(ctx, &r.organen, "organen", |f| &f.organen, out);
    if let Some(doc) = &r.organen {
        check_websites(doc, out);
    }
    facts(ctx, &r.criteria, "criteria", |f| &f.criteria, out);
    facts(ctx, &r.domeinen, "domeinen", |f| &f.domeinen, out);
    facts(ctx, &r.bevoegdheden, "regels", |f| &f.regels, out);
    if let Some(d) = &r.bevoegdheden {
        check_rule_references(ctx, d, out);
    }
    check_every_pair_resolves(r, out);
    check_rules_do_not_overlap(r, out);
}

/// V001, V003 on the list `list` of a reference file, when it loaded.
fn ids<F, T: Identified>(
    file: &Option<Loaded<F>>,
    list: &str,
    noun: &str,
    items: impl Fn(&F) -> &Vec<T>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(doc) = file {
        check_ids(
            doc,
            list,
            noun,
            items(&doc.value).iter().map(Identified::id),
            out,
        );
    }
}

fn facts<F, T: Sourced>(
    ctx: &Context,
    file: &Option<Loaded<F>>,
    list: &str,
    items: impl Fn(&F) -> &Vec<T>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(doc) = file {
        check_facts(
            ctx,
            doc,
            list,
            items(&doc.value).iter().map(|x| (x.bron(), x.herzien())),
            out,
        );
    }
}

/// R002 and the review date: every competence fact says where it comes from and when it was checked.
fn check_facts<'a, T>(
    ctx: &Context,
    doc: &Loaded<T>,
    list: &str,
    facts: impl Iterator<Item = (&'a str, &'a str)>,
    out: &mut Vec<Diagnostic>,
) {
    for (i, (source, reviewed)) in facts.enumerate() {
        let at = format!("{list}[{i}]");
        if !(source.starts_with("https://") || source.starts_with("http://")) {
            let path = format!("{at}.bron");
            let diagnostic = if source.is_empty() {
                doc.at_key("R002", &path, "dit gegeven heeft geen bron".into())
                    .with_help("voeg `bron:` toe met het webadres waar het gegeven staat; bevoegdheden veranderen")
            } else {
                doc.at_value("R002", &path, format!("de bron `{source}` is geen webadres"))
                    .with_help(format!("vervang `{source}` door het volledige webadres (https://…) van de pagina waar het gegeven staat"))
            };
            out.push(diagnostic);
        }
        check_reviewed(ctx, doc, &format!("{at}.herzien"), reviewed, out);
    }
}

fn check_rule_references(
    ctx: &Context,
    doc: &Loaded<crate::model::reference::BevoegdheidFile>,
    out: &mut Vec<Diagnostic>,
) {
    for (i, rule) in doc.value.regels.iter().enumerate() {
        if rule.orgaan != "geen"
            && let Some(organs) = &ctx.known.organen
        {
            organs.check(doc, &format!("regels[{i}].orgaan"), &rule.orgaan, out);
        }
        if let CriteriaKeuze::Lijst(ids) = &rule.criteria {
            check_refs(
                doc,
                &format!("regels[{i}].criteria"),
                ctx.known.criteria.as_ref(),
                ids,
                out,
            );
        }
    }
}

/// R001: for each domain, every criterion meets a rule (a body, or explicitly `geen`).
fn check_every_pair_resolves(r: &Reference, out: &mut Vec<Diagnostic>) {
    let (Some(domains), Some(criteria), Some(rules)) = (&r.domeinen, &r.criteria, &r.bevoegdheden)
    else {
        return;
    };
    for (i, domain) in domains.value.domeinen.iter().enumerate() {
        let open: Vec<&str> = criteria
            .value
            .criteria
            .iter()
            .filter(|c| {
                !rules
                    .value
                    .regels
                    .iter()
                    .any(|rule| rule.niveau == domain.niveau && rule.criteria.covers(&c.id))
            })
            .map(|c| c.id.as_str())
            .collect();
        if !open.is_empty() {
            out.push(
                domains
                    .at_value("R001", &format!("domeinen[{i}].id"), format!("geen enkele regel wijst een orgaan aan voor het domein `{}` met {}", domain.id, criteria_phrase(&open)))
                    .with_help("voeg in reference/bevoegdheden.yaml een regel toe, met `orgaan: geen` als de wet geen orgaan aanwijst"),
            );
        }
    }
}

/// R003: no two rules decide the same criterion × domain pair; the wegwijzer would
/// silently follow the first, whatever the second says.
fn check_rules_do_not_overlap(r: &Reference, out: &mut Vec<Diagnostic>) {
    let (Some(domains), Some(criteria), Some(rules)) = (&r.domeinen, &r.criteria, &r.bevoegdheden)
    else {
        return;
    };
    let regels = &rules.value.regels;
    for (j, later) in regels.iter().enumerate() {
        for earlier in &regels[..j] {
            let shared: Vec<String> = domains
                .value
                .domeinen
                .iter()
                .filter(|d| d.niveau == later.niveau && d.niveau == earlier.niveau)
                .flat_map(|d| criteria.value.criteria.iter().map(move |c| (c, d)))
                .filter(|(c, _)| later.criteria.covers(&c.id) && earlier.criteria.covers(&c.id))
                .map(|(c, d)| format!("{} in {}", c.id, d.id))
                .collect();
            if let Some(example) = shared.first() {
                let count = match shared.len() {
                    1 => "een combinatie".to_string(),
                    n => format!("{n} combinaties"),
                };
                let message = format!(
                    "de regel `{}` geldt voor {count} die de eerdere regel `{}` al beslist (bijvoorbeeld {example})",
                    later.id, earlier.id
                );
                out.push(
                    rules
                        .at_value("R003", &format!("regels[{j}].id"), message)
                        .with_help("de wegwijzer volgt de eerste regel; zorg dat de twee regels geen criterium gemeen hebben, of schrap er een"),
                );
            }
        }
    }
}

/// "het criterium `taal`", "de criteria `taal`, `geslacht`".
fn criteria_phrase(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.as_slice() {
        [one] => format!("het criterium {one}"),
        many => format!("de criteria {}", many.join(", ")),
    }
}

/// R004: a body's website is a web address; it becomes a link on the wegwijzer page.
fn check_websites(doc: &Loaded<crate::model::reference::OrgaanFile>, out: &mut Vec<Diagnostic>) {
    for (i, organ) in doc.value.organen.iter().enumerate() {
        let site = organ.website.trim();
        if !(site.is_empty() || site.starts_with("https://") || site.starts_with("http://")) {
            out.push(
                doc.at_value(
                    "R004",
                    &format!("organen[{i}].website"),
                    format!("de website `{site}` is geen webadres"),
                )
                .with_help(
                    "schrijf het volledige adres, zoals https://www.unia.be, of laat het veld leeg",
                ),
            );
        }
    }
}
