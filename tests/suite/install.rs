//! Install and run anywhere: the declared rust-version is the oldest that every locked
//! dependency allows, `cargo install` is documented and run by CI, and the Containerfile
//! builds from what the repository holds.

use std::process::Command;

use crate::harness::repository;

/// `1.88` as (1, 88); a missing part counts as 0.
fn version(text: &str) -> (u32, u32) {
    let mut parts = text.split('.').map(|p| p.parse().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// What our own code needs whatever the dependencies say: `File::lock` (output/lock.rs)
/// is stable since 1.89. Clippy's `incompatible_msrv` finds any newer API we use.
const OWN_CODE_NEEDS: (u32, u32) = (1, 89);

fn metadata() -> serde_json::Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(repository())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn rust_version_is_the_oldest_the_locked_dependencies_allow() {
    let metadata = metadata();
    let in_build: Vec<&str> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    let packages = metadata["packages"].as_array().unwrap();
    let ours = packages.iter().find(|p| p["name"] == "onthaal").unwrap();
    let declared = version(
        ours["rust_version"]
            .as_str()
            .expect("rust-version in Cargo.toml"),
    );
    let (needed, by) = packages
        .iter()
        .filter(|p| p["name"] != "onthaal" && in_build.contains(&p["id"].as_str().unwrap()))
        .filter_map(|p| Some((version(p["rust_version"].as_str()?), p["name"].as_str()?)))
        .max()
        .unwrap();
    let needed = needed.max(OWN_CODE_NEEDS);
    assert_eq!(
        declared, needed,
        "rust-version in Cargo.toml should be {}.{} (the highest need; of the dependencies, {by})",
        needed.0, needed.1
    );
}

#[test]
fn installing_is_documented_and_run_by_ci() {
    let readme = std::fs::read_to_string(repository().join("README.md")).unwrap();
    assert!(readme.contains("cargo install --locked --path ."));
    let ci = std::fs::read_to_string(repository().join(".ci/run")).unwrap();
    assert!(ci.contains("cargo install --locked --path . "), "{ci}");
}

#[test]
fn the_containerfile_builds_from_what_the_repository_holds() {
    let text = std::fs::read_to_string(repository().join("Containerfile")).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    let rust = lines
        .iter()
        .find_map(|l| l.strip_prefix("FROM docker.io/library/rust:"))
        .expect("a build stage on the official Rust image");
    let metadata = metadata();
    let ours = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "onthaal")
        .unwrap();
    assert!(
        rust.starts_with(&format!("{}-", ours["rust_version"].as_str().unwrap())),
        "the image builds with rust-version: {rust}"
    );
    assert!(lines.contains(&"RUN cargo build --release --locked"));
    assert!(lines.contains(&"WORKDIR /src"));
    assert!(
        lines.contains(&"COPY --from=build /src/target/release/onthaal /usr/local/bin/onthaal")
    );
    assert!(lines.contains(&"ENTRYPOINT [\"/usr/local/bin/onthaal\"]"));
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("FROM ")).count(),
        2,
        "two stages"
    );
    // What .dockerignore leaves out may hold no file that git tracks: the build needs them.
    let ignore = std::fs::read_to_string(repository().join(".dockerignore")).unwrap();
    let mut patterns = globset::GlobSetBuilder::new();
    for line in ignore
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        patterns.add(globset::Glob::new(line).unwrap());
        patterns.add(globset::Glob::new(&format!("{line}/**")).unwrap());
    }
    let patterns = patterns.build().unwrap();
    let tracked = Command::new("git")
        .args(["ls-files"])
        .current_dir(repository())
        .output()
        .unwrap();
    let tracked = String::from_utf8(tracked.stdout).unwrap();
    assert!(
        tracked.lines().count() > 100,
        "git ls-files lists the repository"
    );
    let left_out: Vec<&str> = tracked.lines().filter(|f| patterns.is_match(f)).collect();
    assert!(left_out.is_empty(), "{left_out:?}");
}
