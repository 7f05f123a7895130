//! What reference items have in common: an id, a name, a source, caveats, keywords.

use super::reference::{
    Begrip, Criterium, Domein, Drempel, NOG_NA_TE_KIJKEN, Orgaan, Regel, Voorbehoud,
};

/// An item of a reference list, found by its id.
pub trait Identified {
    fn id(&self) -> &str;
}

/// An item with a display name.
pub trait Named: Identified {
    fn naam(&self) -> &str;
}

/// A competence fact: where it comes from and when someone last checked it.
pub trait Sourced {
    fn bron(&self) -> &str;
    fn herzien(&self) -> &str;

    /// Whether the data says plainly that nobody has compared it with its source yet.
    fn not_yet_checked(&self) -> bool {
        self.herzien().trim() == NOG_NA_TE_KIJKEN
    }
}

macro_rules! identified {
    ($($ty:ty),*) => {$(
        impl Identified for $ty {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}

macro_rules! named {
    ($($ty:ty),*) => {$(
        impl Named for $ty {
            fn naam(&self) -> &str {
                &self.naam
            }
        }
    )*};
}

macro_rules! sourced {
    ($($ty:ty),*) => {$(
        impl Sourced for $ty {
            fn bron(&self) -> &str {
                &self.bron
            }
            fn herzien(&self) -> &str {
                &self.herzien
            }
        }
    )*};
}

identified!(Drempel, Begrip, Orgaan, Criterium, Domein, Regel);
named!(Drempel, Begrip, Orgaan, Criterium, Domein);
sourced!(Orgaan, Criterium, Domein, Regel, Voorbehoud);

/// Reference items that carry caveats.
pub trait Caveated {
    fn voorbehoud(&self) -> &[Voorbehoud];
}

/// Criteria and domains: found by the words people use.
pub trait Keyworded: Named {
    fn trefwoorden(&self) -> &[String];
}

macro_rules! caveated {
    ($($ty:ty),*) => {$(
        impl Caveated for $ty {
            fn voorbehoud(&self) -> &[Voorbehoud] {
                &self.voorbehoud
            }
        }
    )*};
}

caveated!(Orgaan, Criterium, Domein, Regel);

impl Keyworded for Criterium {
    fn trefwoorden(&self) -> &[String] {
        &self.trefwoorden
    }
}

impl Keyworded for Domein {
    fn trefwoorden(&self) -> &[String] {
        &self.trefwoorden
    }
}
