//! Rules for the FAQ (codes F…): ids across files, references and review dates.

use super::Context;
use super::dates::check_reviewed;
use crate::diagnostics::Diagnostic;
use crate::load::Workspace;

pub fn check_all(ctx: &Context, workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, &str, usize)> = Vec::new();
    for doc in &workspace.faq {
        for (i, entry) in doc.value.vragen.iter().enumerate() {
            let at = format!("vragen[{i}]");
            let id_path = format!("{at}.id");
            super::ids::check_id_format(doc, &id_path, &entry.id, out);
            match seen.iter().find(|(id, _, _)| *id == entry.id) {
                Some((_, file, line)) => out.push(
                    doc.at_value(
                        "V001",
                        &id_path,
                        format!(
                            "de vraag `{}` bestaat al ({})",
                            entry.id,
                            crate::diagnostics::earlier(file, *line, &doc.file.name)
                        ),
                    )
                    .with_help("geef elke vraag een eigen id, ook over bestanden heen"),
                ),
                None => seen.push((&entry.id, &doc.file.name, doc.spans.value(&id_path).line)),
            }
            if entry.doelgroepen.is_empty() {
                out.push(
                    doc.at_value(
                        "F001",
                        &format!("{at}.doelgroepen"),
                        format!("de vraag `{}` heeft geen doelgroep", entry.id),
                    )
                    .with_help("noem minstens één doelgroep, bijvoorbeeld `[melder]`"),
                );
            }
            let k = &ctx.known;
            super::common::check_refs(
                doc,
                &format!("{at}.doelgroepen"),
                k.doelgroepen.as_ref(),
                &entry.doelgroepen,
                out,
            );
            super::common::check_refs(
                doc,
                &format!("{at}.drempels"),
                k.drempels.as_ref(),
                &entry.drempels,
                out,
            );
            super::common::check_refs(
                doc,
                &format!("{at}.organen"),
                k.organen.as_ref(),
                &entry.organen,
                out,
            );
            check_reviewed(ctx, doc, &format!("{at}.herzien"), &entry.herzien, out);
        }
    }
}
