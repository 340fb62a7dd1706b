//! Text analyzers (DESIGN §6, shared/language/README.md).
//!
//! - `nl_stem`: Dutch — lowercase → Kraaij-Pohlmann stemmer (tantivy `Language::Dutch`) →
//!   ASCII folding. No stop words are removed (`dans` stems to `dan`, a Dutch stop word).
//! - `folded`: Frisian, Gronings, Drents, English and the shared field — lowercase → ASCII
//!   folding. There is no stemmer for Frisian, Gronings or Drents.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenStream,
};
use unicode_normalization::UnicodeNormalization;

/// Name of the Dutch analyzer.
pub const NL_STEM: &str = "nl_stem";
/// Name of the folding analyzer.
pub const FOLDED: &str = "folded";

/// Build the Dutch analyzer.
pub fn nl_stem() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Dutch))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Build the folding analyzer.
pub fn folded() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Unicode NFC normalisation, applied to documents and queries alike.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Run `analyzer` over `text` and return the tokens.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let text = nfc(text);
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(&text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_stems_and_folds() {
        let mut a = nl_stem();
        assert_eq!(tokens(&mut a, "Voorstellingen"), tokens(&mut a, "voorstelling"));
        assert_eq!(tokens(&mut a, "Dans"), vec!["dan".to_string()]);
    }

    #[test]
    fn folding_removes_circumflex() {
        let mut a = folded();
        assert_eq!(tokens(&mut a, "Dûnsje yn Ljouwert"), vec!["dunsje", "yn", "ljouwert"]);
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("u\u{302}"), "û");
    }
}
