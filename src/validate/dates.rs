//! Review dates (`herzien`): their form, and whether they are older than a year.

use super::Context;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Loaded;
use crate::model::reference::NOG_NA_TE_KIJKEN;

/// A calendar date; ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (1..=12).contains(&date.month).then_some(())?;
        (1..=days_in_month(date.year, date.month))
            .contains(&date.day)
            .then_some(date)
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year as u32,
            month: month as u32,
            day: day as u32,
        }
    }

    /// The same day one year earlier (28 February for 29 February).
    pub fn a_year_before(self) -> Date {
        let year = self.year.saturating_sub(1);
        Date {
            year,
            month: self.month,
            day: self.day.min(days_in_month(year, self.month)),
        }
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// `26 november 2026`, as the handbook writes dates.
    pub fn dutch(&self) -> String {
        self.written(&MONTHS_NL)
    }

    /// `26 November 2026`, for English messages.
    pub fn english(&self) -> String {
        self.written(&MONTHS_EN)
    }

    fn written(&self, months: &[&str; 12]) -> String {
        let month = months
            .get(self.month as usize - 1)
            .copied()
            .unwrap_or_default();
        format!("{} {month} {}", self.day, self.year)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// V005, V006 and V009: `herzien` at `path` is a real date, not in the future, at most a
/// year old; or it says plainly that nobody has compared the fact with its source yet.
pub fn check_reviewed<T>(
    ctx: &Context,
    doc: &Loaded<T>,
    path: &str,
    text: &str,
    out: &mut Vec<Diagnostic>,
) {
    if text.trim() == NOG_NA_TE_KIJKEN {
        out.push(not_yet_checked(doc, path));
        return;
    }
    let Some(date) = Date::parse(text.trim()) else {
        let message = if text.trim().is_empty() {
            crate::t!(
                "de datum in `herzien` ontbreekt",
                "the date in `herzien` is missing"
            )
        } else {
            crate::t!(
                "`{text}` is geen geldige datum",
                "`{text}` is not a valid date"
            )
        };
        let today = ctx.today;
        out.push(doc.at_value("V005", path, message).with_help(crate::t!(
            "schrijf de dag waarop iemand het met de bron vergeleek als JJJJ-MM-DD, bijvoorbeeld {today}, of schrijf `nog na te kijken`",
            "write the day someone compared it with its source as YYYY-MM-DD, for example {today}, or write `nog na te kijken` (not yet checked)"
        )));
        return;
    };
    if date > ctx.today {
        out.push(
            doc.at_value(
                "V005",
                path,
                Text::new(
                    format!(
                        "de datum in `herzien` ({}) ligt in de toekomst",
                        date.dutch()
                    ),
                    format!(
                        "the date in `herzien` ({}) is in the future",
                        date.english()
                    ),
                ),
            )
            .with_help(crate::t!(
                "vul de dag in waarop je de inhoud nakeek",
                "fill in the day you checked the content"
            )),
        );
    } else if date < ctx.today.a_year_before() {
        out.push(
            doc.at_value(
                "V006",
                path,
                Text::new(
                    format!(
                        "laatst nagekeken op {}, meer dan twaalf maanden geleden",
                        date.dutch()
                    ),
                    format!(
                        "last checked on {}, more than twelve months ago",
                        date.english()
                    ),
                ),
            )
            .with_help(crate::t!(
                "kijk de inhoud na bij de bron en zet de datum van vandaag",
                "check the content against its source and put today's date"
            )),
        );
    }
}

/// V009: the data is honest that nobody checked it; the editor still has to.
fn not_yet_checked<T>(doc: &Loaded<T>, path: &str) -> Diagnostic {
    let message = crate::t!(
        "nog niet nagekeken: niemand vergeleek dit gegeven al met zijn bron",
        "not yet checked: nobody has compared this fact with its source"
    );
    Diagnostic::new("V009", &doc.file, doc.spans.value(path), message).with_help(crate::t!(
        "open de bron, vergelijk het gegeven ermee en vervang `nog na te kijken` door de datum van die dag (JJJJ-MM-DD)",
        "open the source, compare the fact with it and replace `nog na te kijken` by that day's date (YYYY-MM-DD)"
    ))
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(
            Date::parse("2026-11-26"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 26
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("26-11-2026"), None);
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(20_418).to_string(), "2025-11-26");
        assert_eq!(
            Date::parse("2024-02-29")
                .unwrap()
                .a_year_before()
                .to_string(),
            "2023-02-28"
        );
    }
}
