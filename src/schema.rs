//! JSON Schemas of every YAML format, for completion and checking in an editor (the
//! YAML extension of VS Code reads them). They come from the model types themselves, so
//! they cannot drift from what `validate` accepts; positions and cross-file rules stay
//! with `validate`.

use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::model::{blueprint, checklist, faq, manifest, municipality, reference};

/// One schema file: its name, the files it describes (a glob) and its JSON text.
pub struct SchemaFile {
    pub name: &'static str,
    pub files: &'static str,
    pub json: String,
}

/// Every schema, in a fixed order.
pub fn schemas() -> Vec<SchemaFile> {
    vec![
        make::<manifest::Manifest>("onthaal", "onthaal.yaml", "Handboekmanifest"),
        make::<blueprint::Blueprint>(
            "blueprint",
            "blueprints/*.yaml",
            "Service blueprint van een dienstverleningsmodel",
        ),
        make::<faq::FaqFile>("faq", "faq/*.yaml", "Veelgestelde vragen over één thema"),
        make::<checklist::Checklist>(
            "checklist",
            "checklist/8b.yaml",
            "De 8 B's van een kwaliteitsvol meldpunt",
        ),
        make::<reference::DrempelFile>(
            "drempels",
            "reference/drempels.yaml",
            "Drempels om te melden",
        ),
        make::<reference::DimensieFile>(
            "dimensies",
            "reference/dimensies.yaml",
            "Kwaliteitsdimensies",
        ),
        make::<reference::KanaalFile>("kanalen", "reference/kanalen.yaml", "Kanalen"),
        make::<reference::DoelgroepFile>(
            "doelgroepen",
            "reference/doelgroepen.yaml",
            "Doelgroepen",
        ),
        make::<reference::OrgaanFile>(
            "organen",
            "reference/organen.yaml",
            "Organen waarnaar je doorverwijst",
        ),
        make::<reference::CriteriumFile>(
            "criteria",
            "reference/criteria.yaml",
            "Beschermde criteria",
        ),
        make::<reference::DomeinFile>("domeinen", "reference/domeinen.yaml", "Domeinen"),
        make::<reference::BevoegdheidFile>(
            "bevoegdheden",
            "reference/bevoegdheden.yaml",
            "Bevoegdheidsregels",
        ),
        make::<municipality::Profile>(
            "gemeente",
            "charters/*.yaml",
            "Profiel van een gemeente: gegevens, partners en wijzigingen aan het model",
        ),
    ]
}

fn make<T: JsonSchema>(name: &'static str, files: &'static str, title: &str) -> SchemaFile {
    let schema: Schema = SchemaGenerator::default().into_root_schema_for::<T>();
    let mut value = schema.to_value();
    // The descriptions would be the code's English doc comments; editors see Dutch or nothing.
    drop_descriptions(&mut value);
    if let Some(object) = value.as_object_mut() {
        object.insert("title".into(), title.into());
        object.insert("$id".into(), format!("{name}.schema.json").into());
    }
    let json = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
    SchemaFile { name, files, json }
}

fn drop_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(object) => {
            object.remove("description");
            object.values_mut().for_each(drop_descriptions);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_descriptions),
        _ => {}
    }
}

/// The VS Code settings that bind each schema to its files.
pub fn vscode_settings(folder: &str) -> String {
    let mapping: serde_json::Map<String, serde_json::Value> = schemas()
        .iter()
        .map(|s| {
            let file = format!("{folder}/{}.schema.json", s.name);
            let file = if folder.starts_with('/') {
                file
            } else {
                format!("./{file}")
            };
            (file, s.files.into())
        })
        .collect();
    let settings = serde_json::json!({ "yaml.schemas": mapping });
    serde_json::to_string_pretty(&settings).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blueprint_schema_refuses_unknown_fields_and_knows_the_enums() {
        let blueprint = schemas()
            .into_iter()
            .find(|s| s.name == "blueprint")
            .unwrap();
        let schema: serde_json::Value = serde_json::from_str(&blueprint.json).unwrap();
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(
            schema["title"],
            "Service blueprint van een dienstverleningsmodel"
        );
        let text = &blueprint.json;
        for value in [
            "\"getest\"",
            "\"voorgesteld\"",
            "\"regisseur-en-actor\"",
            "\"externe-factoren\"",
        ] {
            assert!(text.contains(value), "{value}");
        }
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&"stappen".into()));
        assert!(
            !required.contains(&"piloten".into()),
            "defaults are optional"
        );
    }
}
