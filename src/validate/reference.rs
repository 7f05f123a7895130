//! Rules for reference data (codes R…): ids, sources and review dates of competence
//! facts, and whether every ground × domain pair resolves to a body.

use super::Context;
use super::common::check_refs;
use super::dates::check_reviewed;
use super::ids::check_ids;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::{Loaded, Reference};
use std::collections::BTreeMap;

use crate::model::reference::{
    Caveated, CriteriaKeuze, Criterium, Identified, Niveau, Regel, Sourced,
};

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
    check_competence(r, out);
    super::keywords::check(r, out);
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

/// R002 and the review date on every item of `list` and on each of its caveats.
fn facts<F, T: Sourced + Caveated>(
    ctx: &Context,
    file: &Option<Loaded<F>>,
    list: &str,
    items: impl Fn(&F) -> &Vec<T>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(doc) = file else {
        return;
    };
    let items = items(&doc.value);
    let facts = items.iter().enumerate().flat_map(|(i, x)| {
        let own = std::iter::once((format!("{list}[{i}]"), x.bron(), x.herzien()));
        let caveats = x.voorbehoud().iter().enumerate().map(move |(j, v)| {
            (
                format!("{list}[{i}].voorbehoud[{j}]"),
                v.bron(),
                v.herzien(),
            )
        });
        own.chain(caveats)
    });
    check_facts(ctx, doc, facts, out);
    super::caveats::check(ctx, doc, list, items, out);
}

/// R002 and the review date: every competence fact says where it comes from and when it was checked.
fn check_facts<'a, T>(
    ctx: &Context,
    doc: &Loaded<T>,
    facts: impl Iterator<Item = (String, &'a str, &'a str)>,
    out: &mut Vec<Diagnostic>,
) {
    for (at, source, reviewed) in facts {
        if !(source.starts_with("https://") || source.starts_with("http://")) {
            let path = format!("{at}.bron");
            let diagnostic = if source.is_empty() {
                doc.at_key(
                    "R002",
                    &path,
                    crate::t!("dit gegeven heeft geen bron", "this fact has no source"),
                )
                .with_help(crate::t!(
                    "voeg `bron:` toe met het webadres waar het gegeven staat; bevoegdheden veranderen",
                    "add `bron:` with the web address where the fact is stated; competences change"
                ))
            } else {
                doc.at_value(
                    "R002",
                    &path,
                    crate::t!(
                        "de bron `{source}` is geen webadres",
                        "the source `{source}` is not a web address"
                    ),
                )
                .with_help(crate::t!(
                    "vervang `{source}` door het volledige webadres (https://…) van de pagina waar het gegeven staat",
                    "replace `{source}` with the full web address (https://…) of the page that states the fact"
                ))
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

/// The rules that decide each criterion at each level (in file order), built once so
/// that R001 and R003 cost criteria × rules, not domains × criteria × rules².
fn deciding_rules<'a>(
    criteria: &'a [Criterium],
    rules: &[Regel],
) -> BTreeMap<(Niveau, &'a str), Vec<usize>> {
    let mut table = BTreeMap::new();
    for niveau in [Niveau::Vlaams, Niveau::Federaal] {
        for c in criteria {
            let deciding = rules
                .iter()
                .enumerate()
                .filter(|(_, r)| r.niveau == niveau && r.criteria.covers(&c.id));
            table.insert((niveau, c.id.as_str()), deciding.map(|(i, _)| i).collect());
        }
    }
    table
}

/// R001: for each domain, every criterion meets a rule (a body, or explicitly `geen`).
/// R003: no two rules decide the same criterion at a level the domains use; the
/// wegwijzer would silently follow the first, whatever the second says.
fn check_competence(r: &Reference, out: &mut Vec<Diagnostic>) {
    let (Some(domains), Some(criteria), Some(rules)) = (&r.domeinen, &r.criteria, &r.bevoegdheden)
    else {
        return;
    };
    let table = deciding_rules(&criteria.value.criteria, &rules.value.regels);
    for (i, domain) in domains.value.domeinen.iter().enumerate() {
        let open: Vec<&str> = criteria
            .value
            .criteria
            .iter()
            .map(|c| c.id.as_str())
            .filter(|c| table[&(domain.niveau, *c)].is_empty())
            .collect();
        if !open.is_empty() {
            let criteria = criteria_phrase(&open);
            let message = Text::new(
                format!(
                    "geen enkele regel wijst een orgaan aan voor het domein `{}` met {}",
                    domain.id, criteria.nl
                ),
                format!(
                    "no rule names a body for the domain `{}` with {}",
                    domain.id, criteria.en
                ),
            );
            out.push(
                domains
                    .at_value("R001", &format!("domeinen[{i}].id"), message)
                    .with_help(crate::t!(
                        "voeg in reference/bevoegdheden.yaml een regel toe, met `orgaan: geen` als de wet geen orgaan aanwijst",
                        "add a rule in reference/bevoegdheden.yaml, with `orgaan: geen` if the law names no body"
                    )),
            );
        }
    }
    check_overlaps(rules, &domains.value.domeinen, &table, out);
}

fn check_overlaps(
    rules: &Loaded<crate::model::reference::BevoegdheidFile>,
    domains: &[crate::model::reference::Domein],
    table: &BTreeMap<(Niveau, &str), Vec<usize>>,
    out: &mut Vec<Diagnostic>,
) {
    // (earlier rule, later rule) -> (how many criterion × domain pairs, an example)
    let mut overlaps: BTreeMap<(usize, usize), (usize, String)> = BTreeMap::new();
    for ((niveau, criterion), deciding) in table {
        let in_level: Vec<&str> = domains
            .iter()
            .filter(|d| d.niveau == *niveau)
            .map(|d| d.id.as_str())
            .collect();
        let (Some(first), Some(example_domain)) = (deciding.first(), in_level.first()) else {
            continue;
        };
        for later in &deciding[1..] {
            let entry = overlaps
                .entry((*first, *later))
                .or_insert((0, format!("{criterion} in {example_domain}")));
            entry.0 += in_level.len();
        }
    }
    let regels = &rules.value.regels;
    for ((earlier, later), (pairs, example)) in overlaps {
        let (later_id, earlier_id) = (&regels[later].id, &regels[earlier].id);
        let message = if pairs == 1 {
            crate::t!(
                "de regel `{later_id}` geldt voor een combinatie die de eerdere regel `{earlier_id}` al beslist (bijvoorbeeld {example})",
                "the rule `{later_id}` applies to a combination the earlier rule `{earlier_id}` already decides (for example {example})"
            )
        } else {
            crate::t!(
                "de regel `{later_id}` geldt voor {pairs} combinaties die de eerdere regel `{earlier_id}` al beslist (bijvoorbeeld {example})",
                "the rule `{later_id}` applies to {pairs} combinations the earlier rule `{earlier_id}` already decides (for example {example})"
            )
        };
        out.push(
            rules
                .at_value("R003", &format!("regels[{later}].id"), message)
                .with_help(crate::t!(
                    "de wegwijzer volgt de eerste regel; zorg dat de twee regels geen criterium gemeen hebben, of schrap er een",
                    "the referral guide follows the first rule; make sure the two rules share no ground, or delete one"
                )),
        );
    }
}

/// "het criterium `taal`", "de criteria `taal`, `geslacht`"; "the ground `taal`", "the
/// grounds `taal`, `geslacht`".
fn criteria_phrase(ids: &[&str]) -> Text {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.as_slice() {
        [one] => crate::t!("het criterium {one}", "the ground {one}"),
        many => {
            let many = many.join(", ");
            crate::t!("de criteria {many}", "the grounds {many}")
        }
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
                    crate::t!(
                        "de website `{site}` is geen webadres",
                        "the website `{site}` is not a web address"
                    ),
                )
                .with_help(crate::t!(
                    "schrijf het volledige adres, zoals https://www.unia.be, of laat het veld leeg",
                    "write the full address, such as https://www.unia.be, or leave the field empty"
                )),
            );
        }
    }
}
