//! The cross-language glossary (nl, fy, gos, drt), used to expand query terms by concept.
//!
//! Source: `data/glossary.tsv`, the project's copy of shared/language/glossary.tsv; every form
//! there was attested in real text (sources in its last column). `–` cells are unknown forms.

use std::collections::{BTreeSet, HashMap};

const GLOSSARY_TSV: &str = include_str!("../data/glossary.tsv");

/// Concept expansion table: folded single word → every folded single-word form of the same
/// concept in all four varieties.
#[derive(Debug, Default, Clone)]
pub struct Glossary {
    map: HashMap<String, BTreeSet<String>>,
}

fn fold_word(w: &str) -> String {
    let mut a = crate::analyzers::folded();
    crate::analyzers::tokens(&mut a, w).join(" ")
}

impl Glossary {
    /// Parse the embedded glossary.
    pub fn load() -> Self {
        Self::parse(GLOSSARY_TSV)
    }

    /// Parse a glossary TSV (header row; columns concept, nl, fy, gos, drt, note).
    pub fn parse(tsv: &str) -> Self {
        let mut map: HashMap<String, BTreeSet<String>> = HashMap::new();
        for line in tsv.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            let forms = cell_forms(&cols[1..5]);
            for f in &forms {
                map.entry(f.clone()).or_default().extend(forms.iter().cloned());
            }
        }
        Self { map }
    }

    /// Folded single-word forms of each glossary row, keyed by the row's concept number
    /// (column 1 of glossary.tsv).
    pub fn rows() -> HashMap<u32, BTreeSet<String>> {
        let mut out = HashMap::new();
        for line in GLOSSARY_TSV.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let Some(n) = cols.first().and_then(|c| c.trim().parse::<u32>().ok()) else { continue };
            if cols.len() < 5 {
                continue;
            }
            out.insert(n, cell_forms(&cols[1..5]));
        }
        out
    }

    /// Other forms of the concept(s) `folded_word` belongs to (without the word itself).
    pub fn expand(&self, folded_word: &str) -> Vec<String> {
        self.map
            .get(folded_word)
            .map(|s| s.iter().filter(|f| *f != folded_word).cloned().collect())
            .unwrap_or_default()
    }
}

/// The folded single-word forms in the nl, fy, gos and drt cells of a row. Cells hold
/// alternatives separated by `/` or `,`, sometimes with notes in parentheses ("veurstelling (in
/// compound)") and plural markers ("concert(en)"); `–` marks an unknown form.
fn cell_forms(cells: &[&str]) -> BTreeSet<String> {
    let mut forms = BTreeSet::new();
    for cell in cells {
        for alt in remove_parenthesised_notes(cell).split(['/', ',']) {
            let alt = alt.trim();
            if alt.is_empty() || alt == "–" || alt.contains(' ') {
                continue;
            }
            let f = fold_word(alt);
            if !f.is_empty() && !f.contains(' ') {
                forms.insert(f);
            }
        }
    }
    forms
}

/// "concert(en)" → "concert"; "veurstelling (in compound)" → "veurstelling".
fn remove_parenthesised_notes(cell: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in cell.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_performance_forms_are_one_concept() {
        let g = Glossary::load();
        let e = g.expand("bernefoarstelling");
        assert!(e.contains(&"kindervoorstelling".to_string()), "{e:?}");
        assert!(e.contains(&"kienderveurstelling".to_string()), "{e:?}");
    }

    #[test]
    fn frisian_museum_words() {
        let g = Glossary::load();
        assert!(g.expand("tentoanstelling").contains(&"tentoonstelling".to_string()));
        assert!(g.expand("muzyk").contains(&"muziek".to_string()));
        assert!(g.expand("nonexistentword").is_empty());
    }
}
