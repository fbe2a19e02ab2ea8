//! `hipaid`: the command-line tool for reviewers, translators and release checks.
//!
//! `hipaid content check` checks the content; `hipaid summary` prints a saved consultation's
//! summary to a PDF; `hipaid locales` lists every locale with its translation status and
//! completeness. Exit status: 0 when everything passed, 1 when a check found a problem, 2 for
//! bad arguments (clap's convention).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hipaid_cli::summary::print_summary;
use hipaid_cli::{Source, run};
use hipaid_pdf::Paper;

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
    /// Print the take-home summary of a consultation file (docs/consultation-format.md) to a
    /// PDF. On any problem: a message, exit 1, and no output file.
    Summary {
        /// The consultation file (JSON).
        consultation: PathBuf,
        /// The patient's language, e.g. en-US, es.
        #[arg(long)]
        locale: String,
        /// The clinician's language, printed under each paragraph (bilingual summary).
        #[arg(long, value_name = "LOCALE")]
        also: Option<String>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Clinic settings (the app's settings.json): name, contact and logo in the header,
        /// the clinic's own cost notes in the table.
        #[arg(long, value_name = "FILE")]
        clinic: Option<PathBuf>,
        /// Where to write the PDF.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// List every locale: name, direction, digits, translation status, completeness, missing,
    /// obsolete and mismatched ids. Exit 1 unless every locale is complete and clean.
    Locales {
        /// A locales directory to check instead of the one built into this binary (e.g.
        /// locales/, to check a translation without rebuilding).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// List every missing id, not only the first five per locale.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
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

/// The app's allocator, so `hipaid summary` renders as fast as the app (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        Command::Locales { dir, verbose } => {
            let report =
                hipaid_cli::locales::run(dir.as_deref().map_or(Source::Embedded, Source::Dir));
            print!("{}", report.render(verbose));
            if report.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Summary {
            consultation,
            locale,
            also,
            paper,
            clinic,
            output,
        } => {
            let paper = match paper {
                PaperArg::A4 => Paper::A4,
                PaperArg::Letter => Paper::Letter,
            };
            match print_summary(
                &consultation,
                &locale,
                also.as_deref(),
                paper,
                clinic.as_deref(),
                &output,
            ) {
                Ok(printed) => {
                    for warning in &printed.warnings {
                        eprintln!("warning: {warning}");
                    }
                    println!(
                        "{}: {} pages, {} bytes",
                        output.display(),
                        printed.pages,
                        printed.bytes
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("hipaid summary: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
