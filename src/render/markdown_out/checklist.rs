//! The checklist of the 8 B's: each B with its description, the barriers it answers
//! and its checkpoints as GFM task list items a team can tick in its own copy.

use super::names::Names;
use super::text::{Blocks, indent_rest};
use crate::model::checklist::Checklist;

pub fn page(checklist: &Checklist, names: &Names) -> String {
    let mut out = Blocks::default();
    out.heading(1, &checklist.titel);
    out.push(&checklist.toelichting);
    for b in &checklist.criteria {
        out.heading(2, &b.naam);
        out.push(&b.beschrijving);
        let drempels: Vec<&str> = b.drempels.iter().map(|id| names.drempel(id)).collect();
        if !drempels.is_empty() {
            // Barrier names hold commas and "en"; `;` keeps them apart.
            out.push(format!("**Drempels:** {}", drempels.join("; ")));
        }
        let tasks: Vec<String> = b
            .controlepunten
            .iter()
            .map(|punt| indent_rest(&format!("- [ ] {}", punt.trim()), "  "))
            .collect();
        out.push(tasks.join("\n"));
    }
    out.finish()
}
