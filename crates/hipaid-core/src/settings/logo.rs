//! The clinic logo: a PNG, checked before it is stored so the summary can always print it.
//! Only the file's signature and its header chunk (IHDR: width, height) are read here; the
//! PDF renderer decodes the image itself and leaves the logo out if that ever fails.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::SettingsProblemKind;

/// Largest logo file: it is embedded in every summary, whose budget is 300 KB without one.
pub const MAX_LOGO_BYTES: usize = 256 * 1024;
/// Largest width or height in pixels (a logo prints about 4 cm wide).
pub const MAX_LOGO_SIDE: u32 = 2048;
/// Smallest width or height in pixels.
pub const MIN_LOGO_SIDE: u32 = 16;

const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// A logo that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoInfo {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Checks a base64 PNG: decodable, at most [`MAX_LOGO_BYTES`], a PNG signature followed by
/// an IHDR chunk whose sides lie within [`MIN_LOGO_SIDE`]..=[`MAX_LOGO_SIDE`].
pub fn check(base64_png: &str) -> Result<LogoInfo, SettingsProblemKind> {
    // Base64 is 4/3 of the bytes: refuse an oversized text before decoding it.
    if base64_png.len() > MAX_LOGO_BYTES / 3 * 4 + 8 {
        return Err(SettingsProblemKind::LogoTooLarge);
    }
    let bytes = STANDARD
        .decode(base64_png.trim())
        .map_err(|_| SettingsProblemKind::NotPng)?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(SettingsProblemKind::LogoTooLarge);
    }
    let (width, height) = dimensions(&bytes).ok_or(SettingsProblemKind::NotPng)?;
    let side = MIN_LOGO_SIDE..=MAX_LOGO_SIDE;
    if !side.contains(&width) || !side.contains(&height) {
        return Err(SettingsProblemKind::LogoSize);
    }
    Ok(LogoInfo {
        bytes,
        width,
        height,
    })
}

/// Width and height from a PNG's IHDR chunk (it must come first, 13 bytes long).
fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let rest = bytes.strip_prefix(&SIGNATURE)?;
    let length = u32::from_be_bytes(rest.get(0..4)?.try_into().ok()?);
    if length != 13 || rest.get(4..8)? != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes(rest.get(8..12)?.try_into().ok()?);
    let height = u32::from_be_bytes(rest.get(12..16)?.try_into().ok()?);
    Some((width, height))
}

/// Encodes bytes as the settings store them (for the shell and tests).
pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}
