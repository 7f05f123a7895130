//! V008: text that the handbook shows as a title or a heading may not be empty (YAML
//! turns both `titel:` and `titel: ""` into empty text without complaint).

use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::reference::Named;

pub fn check_all(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    if let Some(m) = &ws.manifest {
        filled(
            m,
            &[
                ("titel", &m.value.titel),
                ("organisatie", &m.value.organisatie),
            ],
            out,
        );
    }
    for doc in &ws.blueprints {
        let bp = &doc.value;
        filled(
            doc,
            &[("titel", &bp.titel), ("samenvatting", &bp.samenvatting)],
            out,
        );
        each(
            doc,
            "actoren",
            bp.actoren.iter().map(|a| ("naam", a.naam.as_str())),
            out,
        );
        each(
            doc,
            "fasen",
            bp.fasen.iter().map(|f| ("naam", f.naam.as_str())),
            out,
        );
        each(
            doc,
            "stappen",
            bp.stappen.iter().map(|s| ("titel", s.titel.as_str())),
            out,
        );
    }
    for doc in &ws.faq {
        filled(doc, &[("thema", &doc.value.thema)], out);
        each(
            doc,
            "vragen",
            doc.value.vragen.iter().map(|v| ("vraag", v.vraag.as_str())),
            out,
        );
        each(
            doc,
            "vragen",
            doc.value
                .vragen
                .iter()
                .map(|v| ("antwoord", v.antwoord.as_str())),
            out,
        );
    }
    if let Some(doc) = &ws.checklist {
        filled(doc, &[("titel", &doc.value.titel)], out);
        each(
            doc,
            "criteria",
            doc.value.criteria.iter().map(|b| ("naam", b.naam.as_str())),
            out,
        );
        for (i, b) in doc.value.criteria.iter().enumerate() {
            let items = b
                .controlepunten
                .iter()
                .enumerate()
                .map(|(j, c)| (j, c.as_str()));
            for (j, item) in items.filter(|(_, c)| c.trim().is_empty()) {
                out.push(empty(
                    doc,
                    &format!("criteria[{i}].controlepunten[{j}]"),
                    item,
                ));
            }
        }
    }
    for doc in ws.charter.iter().chain(&ws.playbook).chain(&ws.bijlagen) {
        if doc.value.meta.titel.trim().is_empty() {
            let message = crate::t!("het veld `titel` is leeg", "the field `titel` is empty");
            out.push(
                Diagnostic::new("V008", &doc.file, doc.value.title_span, message).with_help(help()),
            );
        }
    }
    names(ws, out);
}

fn help() -> crate::i18n::Text {
    crate::t!(
        "vul de tekst in; het handboek toont hem als titel of kop",
        "fill in the text; the handbook shows it as a title or heading"
    )
}

fn names(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let r = &ws.reference;
    named(&r.drempels, "drempels", |f| &f.drempels, out);
    named(&r.dimensies, "dimensies", |f| &f.dimensies, out);
    named(&r.kanalen, "kanalen", |f| &f.kanalen, out);
    named(&r.doelgroepen, "doelgroepen", |f| &f.doelgroepen, out);
    named(&r.organen, "organen", |f| &f.organen, out);
    named(&r.criteria, "criteria", |f| &f.criteria, out);
    named(&r.domeinen, "domeinen", |f| &f.domeinen, out);
}

fn named<F, T: Named>(
    file: &Option<Loaded<F>>,
    list: &str,
    items: impl Fn(&F) -> &Vec<T>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(doc) = file {
        each(
            doc,
            list,
            items(&doc.value).iter().map(|x| ("naam", x.naam())),
            out,
        );
    }
}

fn filled<T>(doc: &Loaded<T>, fields: &[(&str, &String)], out: &mut Vec<Diagnostic>) {
    for (field, value) in fields {
        if value.trim().is_empty() {
            out.push(empty(doc, field, field));
        }
    }
}

fn each<'a, T>(
    doc: &Loaded<T>,
    list: &str,
    values: impl Iterator<Item = (&'a str, &'a str)>,
    out: &mut Vec<Diagnostic>,
) {
    for (i, (field, value)) in values.enumerate() {
        if value.trim().is_empty() {
            out.push(empty(doc, &format!("{list}[{i}].{field}"), field));
        }
    }
}

fn empty<T>(doc: &Loaded<T>, path: &str, field: &str) -> Diagnostic {
    let name = path.rsplit('.').next().unwrap_or(field);
    doc.at_key(
        "V008",
        path,
        crate::t!("het veld `{name}` is leeg", "the field `{name}` is empty"),
    )
    .with_help(help())
}
