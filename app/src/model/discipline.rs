//! The seven disciplines of the programme (DESIGN §4).
use serde::{Deserialize, Serialize};

/// A cultural discipline. Serialised in snake_case (`performing_arts`, ...).
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Discipline {
    PerformingArts,
    PopCulture,
    Film,
    VisualArtsDesign,
    Literature,
    Heritage,
    DigitalCulture,
}

impl Discipline {
    /// All disciplines in display order.
    pub const ALL: [Discipline; 7] = [
        Discipline::PerformingArts,
        Discipline::PopCulture,
        Discipline::Film,
        Discipline::VisualArtsDesign,
        Discipline::Literature,
        Discipline::Heritage,
        Discipline::DigitalCulture,
    ];

    /// The snake_case code used in the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            Discipline::PerformingArts => "performing_arts",
            Discipline::PopCulture => "pop_culture",
            Discipline::Film => "film",
            Discipline::VisualArtsDesign => "visual_arts_design",
            Discipline::Literature => "literature",
            Discipline::Heritage => "heritage",
            Discipline::DigitalCulture => "digital_culture",
        }
    }

    /// Parse a code; `None` for anything else.
    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == s)
    }
}
