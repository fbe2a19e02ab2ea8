//! The current consultation on disk, so that a crash, a kill or a flat battery loses no
//! answer: every change is written whole to a new file, flushed to the disk (fsync), then
//! renamed over the old one, so the file on disk is always one complete record, the last or
//! the one before it. "End consultation" deletes it; a record older than the age limit
//! (12 hours by default) is deleted at start; a record that cannot be read or checked is
//! moved aside (never deleted: support may need it) and the app starts without it.
//!
//! Nothing else about a patient is written anywhere (summaries go only where the clinician
//! saves them).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use hipaid_core::Consultation;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The record's file name in the app's data directory.
pub const FILE: &str = "consultation.json";
const PARTIAL: &str = "consultation.json.partial";
/// How long an unfinished consultation is kept (a clinic day).
pub const DEFAULT_MAX_AGE: Duration = Duration::from_secs(12 * 60 * 60);

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("could not write the consultation to {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("could not encode the consultation: {0}")]
    Encode(#[from] serde_json::Error),
}

/// What was on disk at start.
#[derive(Debug, PartialEq)]
pub enum Found {
    Nothing,
    /// A consultation that was not ended (the app stopped during it).
    Unfinished(Box<Consultation>),
    /// One older than the age limit: deleted.
    Expired,
    /// One that could not be read or checked; `aside` is where it was moved.
    Damaged {
        aside: Option<PathBuf>,
        why: String,
    },
}

/// The consultation file in one directory.
#[derive(Debug, Clone)]
pub struct ConsultationFile {
    dir: PathBuf,
}

impl ConsultationFile {
    pub fn new(dir: impl Into<PathBuf>) -> ConsultationFile {
        ConsultationFile { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// Writes the record atomically: a complete new file, fsynced, renamed over the old one,
    /// and the directory fsynced so the rename itself survives a power cut.
    pub fn save(&self, consultation: &Consultation) -> Result<(), SaveError> {
        let bytes = serde_json::to_vec_pretty(consultation)?;
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| SaveError::Io { path, source }
        };
        fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let partial = self.dir.join(PARTIAL);
        let mut file = File::create(&partial).map_err(io(&partial))?;
        file.write_all(&bytes).map_err(io(&partial))?;
        file.sync_all().map_err(io(&partial))?;
        drop(file);
        fs::rename(&partial, self.path()).map_err(io(&self.path()))?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Deletes the record (and any half-written one). A missing file is not an error.
    pub fn wipe(&self) -> Result<(), SaveError> {
        for path in [self.path(), self.dir.join(PARTIAL)] {
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(source) => return Err(SaveError::Io { path, source }),
            }
        }
        sync_dir(&self.dir);
        Ok(())
    }

    /// Reads what the last run left. `check` is the content check (`Consultation::validate`);
    /// a record it refuses is damaged. An expired record is deleted, a damaged one moved aside.
    pub fn load(
        &self,
        now: OffsetDateTime,
        max_age: Duration,
        check: impl Fn(&Consultation) -> Result<(), String>,
    ) -> Found {
        // A half-written file is the change that was being saved when the app stopped; the
        // complete record before it is still in place.
        let _ = fs::remove_file(self.dir.join(PARTIAL));
        let bytes = match fs::read(self.path()) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Nothing,
            Err(e) => return self.damaged(format!("cannot be read: {e}")),
        };
        let consultation: Consultation = match serde_json::from_slice(&bytes) {
            Ok(c) => c,
            Err(e) => return self.damaged(format!("is not a consultation record: {e}")),
        };
        if let Err(why) = check(&consultation) {
            return self.damaged(format!("does not pass the content check: {why}"));
        }
        let Ok(started) = OffsetDateTime::parse(&consultation.started_at, &Rfc3339) else {
            return self.damaged(format!(
                "has a bad start time `{}`",
                consultation.started_at
            ));
        };
        let age = now - started;
        if age > max_age || age < -time::Duration::hours(1) {
            // Too old to be this visit (or from a clock that was wrong): nobody may see it.
            return match self.wipe() {
                Ok(()) => Found::Expired,
                Err(e) => self.damaged(format!("is expired and could not be deleted: {e}")),
            };
        }
        Found::Unfinished(Box::new(consultation))
    }

    /// Moves an unreadable record aside as `consultation.damaged-<unix seconds>.json`.
    fn damaged(&self, why: String) -> Found {
        let stamp = OffsetDateTime::now_utc().unix_timestamp();
        let aside = self.dir.join(format!("consultation.damaged-{stamp}.json"));
        let aside = fs::rename(self.path(), &aside).ok().map(|()| aside);
        Found::Damaged { aside, why }
    }
}

/// Flushes a directory's entries (the rename) to disk; not possible on every OS, so best effort.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hipaid_core::StartConsultation;

    fn record(started_at: &str, label: &str) -> Consultation {
        Consultation::start(
            StartConsultation {
                ui_locale: "en-US".into(),
                patient_locale: "vi".into(),
                patient_label: Some(label.into()),
                clinician_name: None,
            },
            started_at.into(),
        )
        .unwrap()
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::parse("2026-11-22T15:00:00Z", &Rfc3339).unwrap()
    }

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("hipaid-saved-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    fn ok(_: &Consultation) -> Result<(), String> {
        Ok(())
    }

    #[test]
    fn a_saved_record_comes_back_whole_and_a_wiped_one_leaves_nothing() {
        let d = dir("roundtrip");
        let f = ConsultationFile::new(&d);
        assert_eq!(f.load(now(), DEFAULT_MAX_AGE, ok), Found::Nothing);
        let c = record("2026-11-22T09:30:00Z", "Bà Nguyễn 🌸");
        f.save(&c).unwrap();
        assert_eq!(
            f.load(now(), DEFAULT_MAX_AGE, ok),
            Found::Unfinished(Box::new(c.clone()))
        );
        f.wipe().unwrap();
        assert_eq!(
            fs::read_dir(&d).unwrap().count(),
            0,
            "nothing left in {d:?}"
        );
        f.wipe().unwrap();
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_half_written_change_leaves_the_record_before_it() {
        let d = dir("partial");
        let f = ConsultationFile::new(&d);
        let c = record("2026-11-22T09:30:00Z", "Room 3");
        f.save(&c).unwrap();
        // The app stopped while writing the next change.
        fs::write(d.join(PARTIAL), b"{\"formatVersion\": 1, \"star").unwrap();
        assert_eq!(
            f.load(now(), DEFAULT_MAX_AGE, ok),
            Found::Unfinished(Box::new(c))
        );
        assert!(!d.join(PARTIAL).exists());
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn an_old_record_is_deleted_unread() {
        let d = dir("expired");
        let f = ConsultationFile::new(&d);
        f.save(&record("2026-11-22T02:59:00Z", "Room 3")).unwrap();
        assert_eq!(f.load(now(), DEFAULT_MAX_AGE, ok), Found::Expired);
        assert!(!f.path().exists());
        // Just inside the limit it is kept.
        f.save(&record("2026-11-22T03:01:00Z", "Room 3")).unwrap();
        assert!(matches!(
            f.load(now(), DEFAULT_MAX_AGE, ok),
            Found::Unfinished(_)
        ));
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_damaged_record_is_moved_aside_not_deleted() {
        for (name, bytes) in [
            (
                "truncated",
                &b"{\"formatVersion\": 1, \"startedAt\": \"2026-"[..],
            ),
            ("not-json", &b"\x00\x01garbage"[..]),
            (
                "wrong-shape",
                &b"{\"formatVersion\": 1, \"surprise\": true}"[..],
            ),
        ] {
            let d = dir(name);
            fs::create_dir_all(&d).unwrap();
            let f = ConsultationFile::new(&d);
            fs::write(f.path(), bytes).unwrap();
            let Found::Damaged {
                aside: Some(aside),
                why,
            } = f.load(now(), DEFAULT_MAX_AGE, ok)
            else {
                panic!("{name}: not reported as damaged");
            };
            assert!(!f.path().exists(), "{name}: the app starts without it");
            assert_eq!(fs::read(&aside).unwrap(), bytes, "{name}: kept for support");
            assert!(!why.is_empty());
            let _ = fs::remove_dir_all(&d);
        }
        // A record the content check refuses (a later version, an unknown option).
        let d = dir("refused");
        let f = ConsultationFile::new(&d);
        f.save(&record("2026-11-22T09:30:00Z", "Room 3")).unwrap();
        let refuse = |_: &Consultation| Err("unknown option `magic`".to_owned());
        assert!(matches!(
            f.load(now(), DEFAULT_MAX_AGE, refuse),
            Found::Damaged { aside: Some(_), .. }
        ));
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn an_unwritable_directory_is_an_error_not_a_panic() {
        let d = dir("unwritable");
        fs::write(&d, b"a file where the directory should be").unwrap();
        let f = ConsultationFile::new(&d);
        assert!(matches!(
            f.save(&record("2026-11-22T09:30:00Z", "Room 3")),
            Err(SaveError::Io { .. })
        ));
        let _ = fs::remove_file(&d);
    }
}
