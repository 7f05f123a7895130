//! Rules for reference data (codes R…): ids, sources and review dates of competence
//! facts, and whether every ground × domain pair resolves to a body.

use super::Context;
use super::common::check_refs;
use super::dates::check_reviewed;
use super::ids::check_ids;
use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Reference};
use crate::model::reference::CriteriaKeuze;

pub fn check_all(ctx: &Context, r: &Reference, out: &mut Vec<Diagnostic>) {
    if let Some(d) = &r.drempels {
        check_ids(
            d,
            "drempels",
            "drempel",
            d.value.drempels.iter().map(|x| x.id.as_str()),
            out,
        );
    }
    if let Some(d) = &r.dimensies {
        check_ids(
            d,
            "dimensies",
            "dimensie",
            d.value.dimensies.iter().map(|x| x.id.as_str()),
            out,
        );
    }
    if let Some(d) = &r.kanalen {
        check_ids(
            d,
            "kanalen",
            "kanaal",
            d.value.kanalen.iter().map(|x| x.id.as_str()),
            out,
        );
    }
    if let Some(d) = &r.doelgroepen {
        check_ids(
            d,
            "doelgroepen",
            "doelgroep",
            d.value.doelgroepen.iter().map(|x| x.id.as_str()),
            out,
        );
    }
    if let Some(d) = &r.organen {
        check_ids(
            d,
            "organen",
            "orgaan",
            d.value.organen.iter().map(|x| x.id.as_str()),
            out,
        );
        let facts = d
            .value
            .organen
            .iter()
            .map(|o| (o.bron.as_str(), o.herzien.as_str()));
        check_facts(ctx, d, "organen", facts, out);
    }
    if let Some(d) = &r.criteria {
        check_ids(
            d,
            "criteria",
            "criterium",
            d.value.criteria.iter().map(|x| x.id.as_str()),
            out,
        );
        check_facts(
            ctx,
            d,
            "criteria",
            d.value
                .criteria
                .iter()
                .map(|c| (c.bron.as_str(), c.herzien.as_str())),
            out,
        );
    }
    if let Some(d) = &r.domeinen {
        check_ids(
            d,
            "domeinen",
            "domein",
            d.value.domeinen.iter().map(|x| x.id.as_str()),
            out,
        );
        check_facts(
            ctx,
            d,
            "domeinen",
            d.value
                .domeinen
                .iter()
                .map(|c| (c.bron.as_str(), c.herzien.as_str())),
            out,
        );
    }
    if let Some(d) = &r.bevoegdheden {
        check_ids(
            d,
            "regels",
            "regel",
            d.value.regels.iter().map(|x| x.id.as_str()),
            out,
        );
        check_facts(
            ctx,
            d,
            "regels",
            d.value
                .regels
                .iter()
                .map(|c| (c.bron.as_str(), c.herzien.as_str())),
            out,
        );
        check_rule_references(ctx, d, out);
    }
    check_every_pair_resolves(r, out);
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
            let message = if source.is_empty() {
                "dit gegeven heeft geen bron".to_string()
            } else {
                format!("de bron `{source}` is geen webadres")
            };
            out.push(doc.at_key("R002", &format!("{at}.bron"), message).with_help("voeg `bron:` toe met het webadres waar het gegeven staat; bevoegdheden veranderen"));
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
                    .at_value("R001", &format!("domeinen[{i}].id"), format!("voor het domein `{}` wijst geen regel een orgaan aan bij: {}", domain.id, open.join(", ")))
                    .with_help("voeg in reference/bevoegdheden.yaml een regel toe, met `orgaan: geen` als de wet geen orgaan aanwijst"),
            );
        }
    }
}
