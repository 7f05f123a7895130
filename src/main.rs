//! The `onthaal` binary: parse arguments, run the library, map the outcome to an exit code.

fn main() -> std::process::ExitCode {
    onthaal::cli::main()
}
