//! [`LangMap`]: texts keyed by BCP 47 language tag, stored compactly.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Texts keyed by BCP 47 tag (`nl`, `fy`, `gos`, `drt`, `en`), kept as a vector sorted by tag.
///
/// An event has one to five languages, so a sorted vector costs 24 bytes plus 48 per entry
/// where a `BTreeMap` leaf node costs 544 bytes however few entries it holds (measured with
/// heaptrack on 100,000 events: two maps per event were 109 MB of the catalogue; issue 7).
/// The API is the subset of `BTreeMap<String, String>` the code uses, with the same order of
/// iteration (by tag), and it serialises as the same JSON object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LangMap(Vec<(String, String)>);

/// Iterator over `(tag, text)` pairs of a [`LangMap`], in tag order.
pub type Iter<'a> = std::iter::Map<std::slice::Iter<'a, (String, String)>, fn(&'a (String, String)) -> (&'a String, &'a String)>;

impl LangMap {
    /// An empty map.
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    fn find(&self, tag: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(tag))
    }

    /// Set the text of `tag`; returns the text it replaces.
    pub fn insert(&mut self, tag: String, text: String) -> Option<String> {
        match self.find(&tag) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, text)),
            Err(i) => {
                // Grow by one: most events have one or two languages, and `Vec`'s default
                // first allocation would hold four.
                self.0.reserve_exact(1);
                self.0.insert(i, (tag, text));
                None
            }
        }
    }

    /// The text of `tag`.
    pub fn get(&self, tag: &str) -> Option<&String> {
        self.find(tag).ok().map(|i| &self.0[i].1)
    }

    /// The stored tag and text of `tag`.
    pub fn get_key_value(&self, tag: &str) -> Option<(&String, &String)> {
        self.find(tag).ok().map(|i| (&self.0[i].0, &self.0[i].1))
    }

    /// A mutable reference to the text of `tag`.
    pub fn get_mut(&mut self, tag: &str) -> Option<&mut String> {
        self.find(tag).ok().map(|i| &mut self.0[i].1)
    }

    /// True when `tag` has a text (possibly empty).
    pub fn contains_key(&self, tag: &str) -> bool {
        self.find(tag).is_ok()
    }

    /// Remove `tag`; returns its text.
    pub fn remove(&mut self, tag: &str) -> Option<String> {
        self.find(tag).ok().map(|i| self.0.remove(i).1)
    }

    /// Remove every text.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Keep only the entries for which `f(tag, text)` holds.
    pub fn retain(&mut self, mut f: impl FnMut(&String, &mut String) -> bool) {
        self.0.retain_mut(|(k, v)| f(k, v));
    }

    /// `(tag, text)` pairs in tag order.
    pub fn iter(&self) -> Iter<'_> {
        fn pair(p: &(String, String)) -> (&String, &String) {
            (&p.0, &p.1)
        }
        self.0.iter().map(pair as fn(&(String, String)) -> (&String, &String))
    }

    /// The tags, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    /// The texts, in tag order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    /// Mutable texts, in tag order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// The number of tags.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is no text in any language.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first entry in tag order.
    pub fn first_key_value(&self) -> Option<(&String, &String)> {
        self.0.first().map(|(k, v)| (k, v))
    }

    /// Release spare capacity (the catalogue keeps 100,000s of these).
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
        for (k, v) in &mut self.0 {
            k.shrink_to_fit();
            v.shrink_to_fit();
        }
    }
}

impl FromIterator<(String, String)> for LangMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let mut m = LangMap::new();
        m.extend(iter);
        m
    }
}

impl Extend<(String, String)> for LangMap {
    fn extend<I: IntoIterator<Item = (String, String)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<const N: usize> From<[(String, String); N]> for LangMap {
    fn from(a: [(String, String); N]) -> Self {
        a.into_iter().collect()
    }
}

impl From<std::collections::BTreeMap<String, String>> for LangMap {
    fn from(m: std::collections::BTreeMap<String, String>) -> Self {
        // Already sorted and unique.
        Self(m.into_iter().collect())
    }
}

impl IntoIterator for LangMap {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a LangMap {
    type Item = (&'a String, &'a String);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl std::ops::Index<&str> for LangMap {
    type Output = String;
    /// Panics when `tag` has no text, like `BTreeMap`'s index.
    fn index(&self, tag: &str) -> &String {
        self.get(tag).expect("no text for this language tag")
    }
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for LangMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LangMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts keyed by language tag")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<LangMap, A::Error> {
                let mut m = LangMap::new();
                while let Some((k, v)) = a.next_entry::<String, String>()? {
                    m.insert(k, v);
                }
                Ok(m)
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::LangMap;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btreemap() {
        let pairs = [("nl", "a"), ("fy", "b"), ("gos", "c"), ("en", "d"), ("fy", "e"), ("drt", "")];
        let mut m = LangMap::new();
        let mut b = BTreeMap::new();
        for (k, v) in pairs {
            assert_eq!(m.insert(k.into(), v.into()), b.insert(k.to_string(), v.to_string()));
        }
        assert_eq!(m.iter().collect::<Vec<_>>(), b.iter().collect::<Vec<_>>());
        assert_eq!(m.len(), 5);
        assert_eq!(m.get("fy").map(String::as_str), Some("e"));
        assert_eq!(m.get("xx"), None);
        assert_eq!(m.remove("en").as_deref(), Some("d"));
        b.remove("en");
        assert_eq!(m.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        assert_eq!(serde_json::to_string(&m).expect("json"), serde_json::to_string(&b).expect("json"));
        let back: LangMap = serde_json::from_str(r#"{"nl":"x","fy":"y"}"#).expect("json");
        assert_eq!(back.keys().map(String::as_str).collect::<Vec<_>>(), ["fy", "nl"]);
        assert_eq!(LangMap::from(b.clone()), b.into_iter().collect::<LangMap>());
        assert!(serde_json::from_str::<LangMap>(r#"["nl"]"#).is_err());
    }
}
