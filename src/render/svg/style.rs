//! Colours and fonts. Every text colour is named with the background it sits on, so a
//! test can hold each pair to the WCAG contrast minimum of 4.5:1.

/// A text colour on its background.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub fg: &'static str,
    pub bg: &'static str,
}

pub const FONT_FAMILY: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";
pub const INK: &str = "#1a1a1a";

pub const PAGE: Pair = Pair {
    fg: INK,
    bg: "#ffffff",
};
pub const PHASE: Pair = Pair {
    fg: "#ffffff",
    bg: "#1f3a5f",
};

pub const BEWIJS: Pair = Pair {
    fg: INK,
    bg: "#f4efe3",
};
pub const MELDER: Pair = Pair {
    fg: INK,
    bg: "#e6f0fa",
};
pub const FRONTSTAGE: Pair = Pair {
    fg: INK,
    bg: "#e7f4ea",
};
pub const BACKSTAGE: Pair = Pair {
    fg: INK,
    bg: "#f3ebf6",
};
pub const ONDERSTEUNING: Pair = Pair {
    fg: INK,
    bg: "#efefef",
};

pub const FAIL: Pair = Pair {
    fg: "#8b1a1a",
    bg: "#fde7e7",
};
pub const WAIT: Pair = Pair {
    fg: "#5c4300",
    bg: "#fff2cc",
};
pub const REFERRAL: Pair = Pair {
    fg: "#0b3d91",
    bg: "#e1ecfb",
};
pub const GETEST: Pair = Pair {
    fg: "#1b5e20",
    bg: "#e3f2e5",
};
pub const VOORGESTELD: Pair = Pair {
    fg: "#444444",
    bg: "#eeeeee",
};

/// Thin rules between columns and lanes; the named lines use `INK`.
pub const RULE: &str = "#9e9e9e";

/// Character widths as a share of the font size, in percent. Rough by design: wrapping
/// counts characters, and these keep a line of Arial or DejaVu inside its column.
const REGULAR_WIDTH: u32 = 55;
const BOLD_WIDTH: u32 = 62;

/// How many characters of `size` px text fit in `px` pixels.
pub fn chars_in(px: u32, size: u32, bold: bool) -> usize {
    let share = if bold { BOLD_WIDTH } else { REGULAR_WIDTH };
    (px * 100 / (size * share)) as usize
}

/// The pixel width of `chars` characters, the inverse of [`chars_in`].
pub fn width_of(chars: usize, size: u32, bold: bool) -> u32 {
    let share = if bold { BOLD_WIDTH } else { REGULAR_WIDTH };
    (chars as u32 * size * share).div_ceil(100)
}

/// Baseline-to-baseline distance for `size` px text.
pub fn line_height(size: u32) -> u32 {
    size * 4 / 3
}

#[cfg(test)]
mod tests {
    use super::{
        BACKSTAGE, BEWIJS, FAIL, FRONTSTAGE, GETEST, MELDER, ONDERSTEUNING, PAGE, PHASE, Pair,
        REFERRAL, VOORGESTELD, WAIT, chars_in, width_of,
    };

    const ALL: [Pair; 12] = [
        PAGE,
        PHASE,
        BEWIJS,
        MELDER,
        FRONTSTAGE,
        BACKSTAGE,
        ONDERSTEUNING,
        FAIL,
        WAIT,
        REFERRAL,
        GETEST,
        VOORGESTELD,
    ];

    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    #[test]
    fn every_text_colour_has_contrast_of_at_least_4_5_to_1() {
        for pair in ALL {
            let (a, b) = (luminance(pair.fg), luminance(pair.bg));
            let ratio = (a.max(b) + 0.05) / (a.min(b) + 0.05);
            assert!(ratio >= 4.5, "{pair:?} has contrast {ratio:.2}");
        }
    }

    #[test]
    fn widths_and_character_counts_agree() {
        let px = width_of(30, 12, false);
        assert_eq!(chars_in(px, 12, false), 30);
    }
}
