//! Query concepts: cross-language word forms plus the structured features they stand for
//! (`data/concepts.tsv`, built on the sourced glossary). A query word that names a concept also
//! matches the concept's forms in every variety and the events whose structured fields carry the
//! concept's features (event type, discipline, language of performance, accessibility, audience,
//! age band).

use crate::analyzers;
use crate::glossary::Glossary;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

const CONCEPTS_TSV: &str = include_str!("../data/concepts.tsv");
const STOPWORDS_TSV: &str = include_str!("../data/stopwords.tsv");

/// One concept.
#[derive(Clone, Debug)]
pub struct Concept {
    pub key: String,
    /// Folded single-word forms in all varieties.
    pub forms: Vec<String>,
    /// Tokens of the `parts` field for the forms that are single parts.
    pub part_tokens: Vec<String>,
    /// Dutch stems of the forms that the parts analyzer splits (compounds such as
    /// `bernefoarstelling`), computed once: inflected compounds meet them in the stemmed fields.
    pub compound_stems: Vec<String>,
    /// Feature tokens (`type:theatre`, `lang:fy`, ...), see [`doc_features`](crate::doc_features).
    pub features: Vec<String>,
    /// Concepts that are kinds of this one (indices into [`Concepts::list`]).
    pub narrower: Vec<usize>,
    /// The features as groups that must all hold, each a list of alternatives (one group for
    /// most concepts).
    pub feature_groups: Vec<Vec<String>>,
}

/// The concept table with its lookups.
#[derive(Debug, Default)]
pub struct Concepts {
    pub list: Vec<Concept>,
    by_form: HashMap<String, Vec<usize>>,
    by_stem: HashMap<String, Vec<usize>>,
    by_part: HashMap<String, Vec<usize>>,
    stopwords: BTreeSet<String>,
}

impl Concepts {
    /// The embedded table (parsed once).
    pub fn get() -> &'static Concepts {
        static C: OnceLock<Concepts> = OnceLock::new();
        C.get_or_init(|| Concepts::parse(CONCEPTS_TSV, STOPWORDS_TSV))
    }

    fn parse(tsv: &str, stop_tsv: &str) -> Self {
        let rows = Glossary::rows();
        let mut fold = analyzers::folded();
        let mut stemmer = analyzers::nl_stem();
        let mut parts = analyzers::parts();
        let mut c = Concepts::default();
        let mut narrower_keys: Vec<String> = Vec::new();
        for line in tsv.lines().skip(1).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let mut forms: BTreeSet<String> = BTreeSet::new();
            for r in cols[1].split(',').filter_map(|r| r.trim().parse::<u32>().ok()) {
                forms.extend(rows.get(&r).cloned().unwrap_or_default());
            }
            for f in cols[2].split(',').map(str::trim).filter(|f| !f.is_empty()) {
                let t = analyzers::tokens(&mut fold, f);
                if t.len() == 1 {
                    forms.extend(t);
                }
            }
            let mut part_tokens = BTreeSet::new();
            let mut compound_stems = BTreeSet::new();
            let mut stems = BTreeSet::new();
            for f in &forms {
                let p = analyzers::tokens(&mut parts, f);
                if p.len() == 1 {
                    part_tokens.extend(p);
                } else if p.len() > 1 {
                    compound_stems.insert(analyzers::stem(f));
                }
                stems.extend(analyzers::tokens(&mut stemmer, f));
            }
            let feature_groups: Vec<Vec<String>> = cols[3]
                .split(" + ")
                .map(|g| g.split_whitespace().map(String::from).collect::<Vec<_>>())
                .filter(|g| !g.is_empty())
                .collect();
            let features = feature_groups.iter().flatten().cloned().collect();
            let i = c.list.len();
            for f in &forms {
                c.by_form.entry(f.clone()).or_default().push(i);
            }
            for s in &stems {
                c.by_stem.entry(s.clone()).or_default().push(i);
            }
            for p in &part_tokens {
                c.by_part.entry(p.clone()).or_default().push(i);
            }
            c.list.push(Concept {
                key: cols[0].to_string(),
                forms: forms.into_iter().collect(),
                part_tokens: part_tokens.into_iter().collect(),
                compound_stems: compound_stems.into_iter().collect(),
                features,
                feature_groups,
                narrower: Vec::new(),
            });
            narrower_keys.push(cols.get(5).map(|k| k.to_string()).unwrap_or_default());
        }
        let index: HashMap<String, usize> = c.list.iter().enumerate().map(|(i, k)| (k.key.clone(), i)).collect();
        for (i, keys) in narrower_keys.iter().enumerate() {
            c.list[i].narrower = keys.split(',').filter_map(|k| index.get(k.trim()).copied()).collect();
        }
        for line in stop_tsv.lines().filter(|l| !l.starts_with('#')) {
            if let Some(w) = line.split('\t').next().map(str::trim).filter(|w| !w.is_empty()) {
                c.stopwords.insert(w.to_string());
            }
        }
        c
    }

    /// True for a query-side function word (`data/stopwords.tsv`).
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.contains(folded)
    }

    /// True when `folded` is a form of some concept (used to keep concept words from being read
    /// as place names).
    pub fn is_form(&self, folded: &str) -> bool {
        self.by_form.contains_key(folded)
    }

    /// Concepts of a whole query word: by form, by Dutch stem, and — for words of 5+ letters
    /// that match neither — by a form within one edit (two from 9 letters).
    pub fn of_word(&self, folded: &str, stem: &str) -> Vec<usize> {
        let mut out: BTreeSet<usize> = BTreeSet::new();
        out.extend(self.by_form.get(folded).into_iter().flatten());
        out.extend(self.by_stem.get(stem).into_iter().flatten());
        if out.is_empty() {
            let n = folded.chars().count();
            let max = if n >= 9 { 2 } else if n >= 5 { 1 } else { 0 };
            if max > 0 {
                for (form, ids) in &self.by_form {
                    if form.len().abs_diff(folded.len()) <= max && strsim::damerau_levenshtein(form, folded) <= max {
                        out.extend(ids);
                    }
                }
            }
        }
        out.into_iter().collect()
    }

    /// Concepts with a form that starts with `prefix` (folded, at least 4 letters): the word
    /// being typed last in an as-you-type query (`kienderv` → children's performance).
    pub fn of_prefix(&self, prefix: &str) -> Vec<usize> {
        if prefix.chars().count() < 4 {
            return vec![];
        }
        let mut out: BTreeSet<usize> = BTreeSet::new();
        for (form, ids) in &self.by_form {
            if form.starts_with(prefix) {
                out.extend(ids);
            }
        }
        out.into_iter().collect()
    }

    /// Concepts of one compound part (a token of the `parts` analyzer).
    pub fn of_part(&self, part: &str) -> Vec<usize> {
        let mut out: BTreeSet<usize> = BTreeSet::new();
        out.extend(self.by_part.get(part).into_iter().flatten());
        out.extend(self.by_form.get(part).into_iter().flatten());
        out.extend(self.by_stem.get(part).into_iter().flatten());
        out.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(c: &Concepts, ids: &[usize]) -> Vec<String> {
        ids.iter().map(|&i| c.list[i].key.clone()).collect()
    }

    #[test]
    fn words_in_every_variety_reach_the_same_concept() {
        let c = Concepts::get();
        for w in ["toneel", "toaniel", "teniel", "theoater"] {
            assert!(keys(c, &c.of_word(w, &analyzers::stem(w))).contains(&"theatre".to_string()), "{w}");
        }
        for w in ["muziek", "muzyk", "meziek"] {
            assert!(keys(c, &c.of_word(w, &analyzers::stem(w))).contains(&"music".to_string()), "{w}");
        }
        assert!(keys(c, &c.of_word("concerten", &analyzers::stem("concerten"))).contains(&"concert".to_string()));
    }

    #[test]
    fn typo_reaches_the_concept_and_short_words_do_not_drift() {
        let c = Concepts::get();
        assert!(keys(c, &c.of_word("tentoonsteling", "tentoonstel")).contains(&"exhibition".to_string()));
        assert!(c.of_word("dan", "dan").is_empty(), "`dan` is not `dans`");
    }

    #[test]
    fn every_concept_has_forms_and_known_features() {
        let c = Concepts::get();
        assert!(c.list.len() > 40);
        for k in &c.list {
            assert!(!k.forms.is_empty(), "{} has no forms", k.key);
            for f in &k.features {
                let ok = ["type:", "disc:", "lang:", "acc:", "aud:", "age:"].iter().any(|p| f.starts_with(p)) || f == "free";
                assert!(ok, "{}: unknown feature {f}", k.key);
            }
        }
    }
}
