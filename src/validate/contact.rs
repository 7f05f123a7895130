//! V007 (warning): phone numbers and e-mail addresses do not belong in handbook prose.
//! The public numbers of the bodies in reference/organen.yaml are allowed.

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::source::SourceFile;

pub fn check_all(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    // Without the bodies' public numbers every mention of them would be flagged; the
    // broken organen.yaml has its own diagnostic already.
    let Some(organs) = workspace.reference.organen.as_ref() else {
        return;
    };
    let public: Vec<String> = organs
        .value
        .organen
        .iter()
        .map(|x| digits(&x.telefoon))
        .filter(|d| !d.is_empty())
        .collect();
    // Contact fields are the right place for contact data; prose around them is not.
    let skip = contact_field_lines(workspace);
    for file in workspace.sources() {
        // The one scan, so digits inside a national register number or an account
        // (P001, P002) are not a phone number as well.
        let hits = super::personal::scan(&file.text)
            .into_iter()
            .filter_map(|f| match f.kind {
                super::personal::Kind::Phone => Some((f.start, f.end, Kind::Phone)),
                super::personal::Kind::Email => Some((f.start, f.end, Kind::Email)),
                _ => None,
            })
            .filter(|(start, end, kind)| {
                let public_number =
                    *kind == Kind::Phone && public.contains(&digits(&file.text[*start..*end]));
                !public_number && !skip.contains(&(file.name.as_str(), file.line_of(*start)))
            });
        out.extend(crate::diagnostics::first_hits(
            hits,
            |(start, end, kind)| warning(file, start, end, kind),
        ));
    }
}

/// The lines that hold a contact field's value: the bodies' phone, e-mail and website,
/// and the manifest's accessibility contact.
fn contact_field_lines(workspace: &Workspace) -> Vec<(&str, usize)> {
    let mut lines = Vec::new();
    if let Some(organs) = &workspace.reference.organen {
        for i in 0..organs.value.organen.len() {
            for field in ["telefoon", "telefoon_toelichting", "email", "website"] {
                let path = format!("organen[{i}].{field}");
                if organs.spans.has(&path) {
                    lines.push((organs.file.name.as_str(), organs.spans.value(&path).line));
                }
            }
        }
    }
    if let Some(manifest) = workspace
        .manifest
        .as_ref()
        .filter(|m| m.spans.has("contact_toegankelijkheid"))
    {
        let span = manifest.spans.value("contact_toegankelijkheid");
        lines.push((manifest.file.name.as_str(), span.line));
    }
    for m in &workspace.municipalities {
        let profile = &m.profile;
        let mut fields: Vec<String> = ["telefoon", "email", "website", "adres"]
            .iter()
            .map(|f| format!("contactpunt.{f}"))
            .collect();
        fields.push("ondertekening.gegevensbescherming".into());
        fields.extend(
            (0..profile.value.leden.len()).map(|i| format!("leden[{i}].gegevensbescherming")),
        );
        for path in fields.iter().filter(|p| profile.spans.has(p)) {
            lines.push((profile.file.name.as_str(), profile.spans.value(path).line));
        }
    }
    lines
}

pub(crate) fn warning(file: &SourceFile, start: usize, end: usize, kind: Kind) -> Diagnostic {
    let found = &file.text[start..end];
    let message = match kind {
        Kind::Phone => crate::t!(
            "telefoonnummer `{found}` in de tekst",
            "phone number `{found}` in the text"
        ),
        Kind::Email => crate::t!(
            "e-mailadres `{found}` in de tekst",
            "e-mail address `{found}` in the text"
        ),
    };
    Diagnostic::new("V007", file, file.span(start, end), message).with_help(crate::t!(
        "verwijs naar de dienst, niet naar een persoon; in het modelcharter gebruik je {{{{ gemeente.telefoon }}}} of {{{{ gemeente.email }}}}; nummers van organen horen in reference/organen.yaml",
        "refer to the service, not to a person; in the model charter use {{{{ gemeente.telefoon }}}} or {{{{ gemeente.email }}}}; numbers of bodies belong in reference/organen.yaml"
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Phone,
    Email,
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Byte ranges of phone numbers and e-mail addresses in `text`.
pub(crate) fn contact_data(text: &str) -> Vec<(usize, usize, Kind)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if boundary
            && (bytes[i] == b'0'
                || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            let end = phone_end(bytes, i);
            if digits(&text[i..end]).len() >= 8 {
                found.push((i, end, Kind::Phone));
                i = end;
                continue;
            }
        }
        if bytes[i] == b'@'
            && let Some((start, end)) = email_around(bytes, i)
        {
            found.push((start, end, Kind::Email));
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

fn phone_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    while end < bytes.len()
        && (bytes[end].is_ascii_digit()
            || (matches!(bytes[end], b' ' | b'/' | b'.' | b'-')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
    {
        end += 1;
    }
    end
}

fn email_around(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let local = |b: &u8| b.is_ascii_alphanumeric() || b"._%+-".contains(b);
    let domain = |b: &u8| b.is_ascii_alphanumeric() || b".-".contains(b);
    let start = (0..at).rev().take_while(|&j| local(&bytes[j])).last()?;
    let end = (at + 1..bytes.len())
        .take_while(|&j| domain(&bytes[j]))
        .last()?
        + 1;
    let host = &bytes[at + 1..end];
    let host = host.strip_suffix(b".").unwrap_or(host);
    host.contains(&b'.').then_some((start, at + 1 + host.len()))
}

#[cfg(test)]
mod tests {
    use super::{Kind, contact_data};

    #[test]
    fn finds_phone_numbers_and_addresses_but_not_dates() {
        let text = "Bel 09 123 45 67 of mail info@gemeente.be. Herzien 2026-11-26, 12 800 mensen.";
        let found: Vec<_> = contact_data(text)
            .into_iter()
            .map(|(s, e, k)| (&text[s..e], k))
            .collect();
        assert_eq!(
            found,
            vec![
                ("09 123 45 67", Kind::Phone),
                ("info@gemeente.be", Kind::Email)
            ]
        );
    }
}
