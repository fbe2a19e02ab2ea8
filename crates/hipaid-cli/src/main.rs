//! `hipaid`: the command-line tool for reviewers, translators and release checks.
//!
//! Today it has `hipaid content check`; `hipaid summary` and `hipaid locales` arrive with the
//! PDF and multilingual issues. Exit status: 0 when everything passed, 1 when a check found a
//! problem, 2 for bad arguments (clap's convention).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use hipaid_cli::{Source, run};

#[derive(Parser)]
#[command(name = "hipaid", version, about = "HipAid command-line tool")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Clinical content commands.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Check the content files and their English text; exit 1 on any problem.
    Check {
        /// A content directory to check instead of the content built into this binary
        /// (e.g. crates/hipaid-core/content, to check edits without rebuilding).
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
        /// A locales directory to check instead of the built-in messages.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Also list the exempt headings and the hardest messages.
        #[arg(long)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Content {
            command:
                ContentCommand::Check {
                    content,
                    locales,
                    verbose,
                },
        } => {
            let report = run(
                content.as_deref().map_or(Source::Embedded, Source::Dir),
                locales.as_deref().map_or(Source::Embedded, Source::Dir),
            );
            print!("{}", report.render(verbose));
            if report.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
