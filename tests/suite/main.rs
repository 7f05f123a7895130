//! The integration suite: one binary, so the suite links once. See tests/README.md.

mod assessment;
mod build;
mod causes;
mod cli;
mod english;
mod everyday;
mod formats;
mod guide;
mod harness;
mod init;
mod install;
mod markdown_output;
mod municipal;
mod output;
mod paths;
mod personal;
mod recipes;
mod robustness;
mod route;
mod rules;
mod serve;
mod settings;
mod templates;
mod terminal;
mod viewers;
mod yaml_errors;
