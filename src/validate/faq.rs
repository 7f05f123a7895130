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
                Some((_, file, line)) => {
                    let earlier = crate::diagnostics::earlier(file, *line, &doc.file.name);
                    let message = crate::i18n::Text::new(
                        format!("de vraag `{}` bestaat al ({})", entry.id, earlier.nl),
                        format!(
                            "the question `{}` already exists ({})",
                            entry.id, earlier.en
                        ),
                    );
                    out.push(doc.at_value("V001", &id_path, message).with_help(crate::t!(
                        "geef elke vraag een eigen id, ook over bestanden heen",
                        "give each question an id of its own, also across files"
                    )))
                }
                None => seen.push((&entry.id, &doc.file.name, doc.spans.value(&id_path).line)),
            }
            if entry.doelgroepen.is_empty() {
                out.push(
                    doc.at_value(
                        "F001",
                        &format!("{at}.doelgroepen"),
                        crate::t!(
                            "de vraag `{}` heeft geen doelgroep",
                            "the question `{}` has no target group",
                            entry.id
                        ),
                    )
                    .with_help(crate::t!(
                        "noem minstens één doelgroep, bijvoorbeeld `[melder]`",
                        "name at least one target group, for example `[melder]`"
                    )),
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
