//! `criteria:` of a competence rule: `alle`, or a list of criterion ids.

use schemars::JsonSchema;
use serde::Deserialize;

/// `alle`, or a list of criterion ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CriteriaKeuze {
    Alle,
    Lijst(Vec<String>),
}

impl CriteriaKeuze {
    pub fn covers(&self, criterium: &str) -> bool {
        match self {
            CriteriaKeuze::Alle => true,
            CriteriaKeuze::Lijst(ids) => ids.iter().any(|id| id == criterium),
        }
    }
}

impl JsonSchema for CriteriaKeuze {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CriteriaKeuze".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "oneOf": [
                {"const": "alle"},
                {"type": "array", "items": {"type": "string"}}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for CriteriaKeuze {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CriteriaKeuze;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`alle` or a sequence of criterion ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v == "alle" {
                    Ok(CriteriaKeuze::Alle)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(CriteriaKeuze::Lijst(ids))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
