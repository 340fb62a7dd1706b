//! UI and content languages (BCP 47 tags, see shared/language/README.md).

/// The five UI languages. `nl` is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Nl,
    Fy,
    Gos,
    Drt,
    En,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nl, Lang::Fy, Lang::Gos, Lang::Drt, Lang::En];

    /// BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fy => "fy",
            Lang::Gos => "gos",
            Lang::Drt => "drt",
            Lang::En => "en",
        }
    }

    /// The language's name in itself (Nederlands, Frysk, Grunnegs, Drèents, English).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fy => "Frysk",
            Lang::Gos => "Grunnegs",
            Lang::Drt => "Drèents",
            Lang::En => "English",
        }
    }

    /// Parse a tag (case-insensitive; `nl-NL` → `nl`); unknown tags give `None`.
    pub fn from_tag(s: &str) -> Option<Self> {
        let base = s.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.tag() == base)
    }
}
