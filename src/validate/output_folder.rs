//! M005: the manifest's `uitvoer` names a folder of its own inside the workspace. The
//! content decides where `build` writes by default, so it may not name the workspace
//! itself, a source folder, a place outside, or a shell shorthand nobody expands.

use std::path::{Component, Path};

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Loaded;
use crate::model::manifest::Manifest;
use crate::workspace::SOURCE_FOLDERS;

pub fn check(manifest: &Loaded<Manifest>, out: &mut Vec<Diagnostic>) {
    let folder = &manifest.value.uitvoer;
    let Some(problem) = problem(folder) else {
        return;
    };
    out.push(
        manifest
            .at_value("M005", "uitvoer", problem)
            .with_help(crate::t!(
                "geef een eigen map binnen het handboek, zoals `dist`; een plaats elders kies je met `onthaal build --out`",
                "name a folder of its own inside the handbook, such as `dist`; choose a place elsewhere with `onthaal build --out`"
            )),
    );
}

/// What is wrong with `folder` as the output folder, if anything.
fn problem(folder: &str) -> Option<Text> {
    let path = Path::new(folder.trim());
    let mut parts = path.components().filter(|c| *c != Component::CurDir);
    let Some(first) = parts.clone().next() else {
        return Some(crate::t!(
            "`{folder}` is de map van het handboek zelf",
            "`{folder}` is the handbook's own folder"
        ));
    };
    if !parts.all(|c| matches!(c, Component::Normal(_))) {
        return Some(crate::t!(
            "`{folder}` ligt niet binnen de map van het handboek",
            "`{folder}` is not inside the handbook's folder"
        ));
    }
    let first = first.as_os_str().to_string_lossy();
    if first.starts_with('~') || folder.contains('$') {
        return Some(crate::t!(
            "`{folder}` wordt niet uitgebreid zoals in een shell: de map zou letterlijk zo heten, in het handboek",
            "`{folder}` is not expanded as a shell would: the folder would be called just that, inside the handbook"
        ));
    }
    SOURCE_FOLDERS.contains(&first.as_ref()).then(|| {
        crate::t!(
            "`{folder}` ligt in de bronmap {first}; de bouw zou er bronnen overschrijven",
            "`{folder}` lies in the source folder {first}; the build would overwrite sources there"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn only_a_folder_of_its_own_inside_passes() {
        for good in ["dist", "./dist", "uitvoer/site", "handboek-2026"] {
            assert_eq!(problem(good), None, "{good}");
        }
        let said = |f: &str| problem(f).map(|t| t.nl).unwrap_or_default();
        assert_eq!(said("."), "`.` is de map van het handboek zelf");
        assert_eq!(said("./"), "`./` is de map van het handboek zelf");
        assert_eq!(said(""), "`` is de map van het handboek zelf");
        assert!(said("../elders").contains("ligt niet binnen"));
        assert!(said("/tmp/x").contains("ligt niet binnen"));
        assert!(said("dist/../..").contains("ligt niet binnen"));
        assert!(said("~").contains("niet uitgebreid"));
        assert!(said("~/site").contains("niet uitgebreid"));
        assert!(said("$HOME/site").contains("niet uitgebreid"));
        assert!(said("faq").contains("bronmap faq"));
        assert!(said("./templates/uit").contains("bronmap templates"));
        assert!(said(".git").contains("bronmap .git"));
    }
}
