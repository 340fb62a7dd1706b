//! The cross-language glossary (nl, fy, gos, drt): the sourced forms that query concepts draw on.
//!
//! Source: `data/glossary.tsv`, the project's copy of shared/language/glossary.tsv; every form
//! there was attested in real text (sources in its last column). `–` cells are unknown forms.

use std::collections::{BTreeSet, HashMap};

const GLOSSARY_TSV: &str = include_str!("../data/glossary.tsv");

/// The glossary's rows. Query expansion goes through `data/concepts.tsv`, which names the rows
/// it draws on ([`crate::concepts`]); rows that group different words (weekdays, months,
/// language names) are used only where a concept names them.
pub struct Glossary;

fn fold_word(w: &str) -> String {
    let mut a = crate::analyzers::folded();
    crate::analyzers::tokens(&mut a, w).join(" ")
}

impl Glossary {
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
        let e = &Glossary::rows()[&5];
        assert!(e.contains("bernefoarstelling"), "{e:?}");
        assert!(e.contains("kindervoorstelling"), "{e:?}");
        assert!(e.contains("kienderveurstelling"), "{e:?}");
    }

    #[test]
    fn frisian_museum_words() {
        let rows = Glossary::rows();
        assert!(rows[&23].contains("tentoanstelling") && rows[&23].contains("tentoonstelling"));
        assert!(rows[&9].contains("muzyk") && rows[&9].contains("muziek"));
        assert!(!rows.values().any(|r| r.contains("nonexistentword")));
    }
}
