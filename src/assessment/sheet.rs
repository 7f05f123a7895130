//! The self-assessment sheet: its columns and the empty template. Filled sheets are read
//! by the shared CSV reader (`load::table`), as Excel saves them.

use crate::load::table::{Codes, Column, Spec, spreadsheet_safe};
use crate::model::checklist::Checklist;

/// The columns of the sheet, read by name (the order in a filled sheet does not matter),
/// and the rule codes of the reader's problems.
pub const SHEET: Spec = Spec {
    columns: &[
        Column::required("b"),
        Column::required("nr"),
        Column::optional("controlepunt"),
        Column::required("antwoord"),
        Column::optional("toelichting"),
    ],
    key: &["b", "nr"],
    codes: Codes {
        file: "S004",
        header: "S005",
        shape: "S006",
        empty: "S007",
        header_only: Some("S007"),
        duplicate: "S008",
    },
    ..Spec::DEFAULT
};

/// The empty sheet: one row per check item, `;`-separated, with a byte order mark so
/// that Excel shows é and ë correctly.
pub fn template(checklist: &Checklist) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(SHEET.columns.iter().map(|c| c.name))?;
    for b in &checklist.criteria {
        for (i, item) in b.controlepunten.iter().enumerate() {
            writer.write_record([
                b.id.as_str(),
                &(i + 1).to_string(),
                &spreadsheet_safe(item),
                "",
                "",
            ])?;
        }
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}
