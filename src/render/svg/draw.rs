//! Writers for the few SVG elements the diagram uses. Colours go in attributes, not
//! only in CSS classes, so the file reads the same where stylesheets are stripped.

use super::style::line_height;
use super::text::escape;

/// A rectangle in whole pixels.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

impl Area {
    pub fn new(x: u32, y: u32, w: u32, h: u32) -> Area {
        Area { x, y, w, h }
    }
}

/// How a block of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Font {
    pub size: u32,
    pub bold: bool,
    pub italic: bool,
    pub fill: &'static str,
}

impl Font {
    pub fn new(size: u32, fill: &'static str) -> Font {
        Font {
            size,
            bold: false,
            italic: false,
            fill,
        }
    }

    pub fn bold(self) -> Font {
        Font { bold: true, ..self }
    }

    pub fn italic(self) -> Font {
        Font {
            italic: true,
            ..self
        }
    }
}

pub fn rect(out: &mut String, class: &str, area: Area, fill: &str, stroke: Option<&str>) {
    let Area { x, y, w, h } = area;
    let stroke = stroke.map_or(String::new(), |s| format!(r#" stroke="{s}""#));
    out.push_str(&format!(
        r#"<rect class="{class}" x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"{stroke}/>"#
    ));
    out.push('\n');
}

/// A horizontal or vertical rule from (x1, y1) to (x2, y2).
pub struct Rule<'a> {
    pub class: &'a str,
    pub stroke: &'a str,
    pub width: u32,
    pub dash: Option<&'a str>,
}

impl<'a> Rule<'a> {
    pub fn new(class: &'a str, stroke: &'a str, width: u32, dash: Option<&'a str>) -> Self {
        Rule {
            class,
            stroke,
            width,
            dash,
        }
    }
}

pub fn rule(out: &mut String, rule: &Rule, (x1, y1): (u32, u32), (x2, y2): (u32, u32)) {
    let (class, stroke, width) = (rule.class, rule.stroke, rule.width);
    let dash = rule
        .dash
        .map_or(String::new(), |d| format!(r#" stroke-dasharray="{d}""#));
    out.push_str(&format!(
        r#"<line class="{class}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{stroke}" stroke-width="{width}"{dash}/>"#
    ));
    out.push('\n');
}

/// `lines` as one `<text>` with a `<tspan>` per line, the first line's top at `top`.
/// Every line is escaped here, so no caller can forget it.
pub fn text(out: &mut String, class: &str, (x, top): (u32, u32), font: Font, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let Font { size, fill, .. } = font;
    let weight = if font.bold {
        r#" font-weight="700""#
    } else {
        ""
    };
    let style = if font.italic {
        r#" font-style="italic""#
    } else {
        ""
    };
    out.push_str(&format!(
        r#"<text class="{class}" font-size="{size}" fill="{fill}"{weight}{style}>"#
    ));
    // The baseline sits about one font size below the top of the line box.
    let first = top + size;
    for (i, line) in lines.iter().enumerate() {
        let y = first + i as u32 * line_height(size);
        out.push_str(&format!(
            r#"<tspan x="{x}" y="{y}">{}</tspan>"#,
            escape(line)
        ));
    }
    out.push_str("</text>\n");
}
