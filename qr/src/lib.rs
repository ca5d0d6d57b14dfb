//! The QR code of a link, as an SVG path: made on the reader's device, so a class can scan the
//! view on the projector without the link going anywhere. Pure: no browser, no Yew.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light modules kept around the code, as the standard asks, so a phone finds its edges.
pub const QUIET_ZONE: usize = 4;

/// A link's QR code: its side in modules, quiet zone included, and the path that draws its dark
/// modules (one unit per module, the quiet zone included in the coordinates). `None` for a text
/// too long for any QR code. Medium error correction: a projected code is read from afar, and
/// a little blur or a shadow on the screen costs nothing.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let mut path = String::new();
    for y in 0..code.size() {
        // Each row's runs of dark modules, one rectangle each: a third of the path a square per
        // module takes.
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            let zone = QUIET_ZONE as i32;
            // Written digit by digit rather than with `format!`, whose machinery would more
            // than double the module the browser fetches.
            path.push('M');
            push_number(&mut path, start + zone);
            path.push(',');
            push_number(&mut path, y + zone);
            path.push('h');
            push_number(&mut path, x - start);
            path.push_str("v1h-");
            push_number(&mut path, x - start);
            path.push('z');
        }
    }
    Some((size + 2 * QUIET_ZONE, path))
}

/// Appends a number of modules (never negative, at most a code's side) in decimal.
fn push_number(path: &mut String, number: i32) {
    let mut digits = [0u8; 10];
    let mut rest = number.unsigned_abs();
    let mut count = 0;
    loop {
        digits[count] = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for digit in digits[..count].iter().rev() {
        path.push(char::from(*digit));
    }
}

/// The module's interface to `static/share.js`, with no glue: the script writes the link's UTF-8
/// bytes into the buffer `input` gives, calls `encode`, and reads the path back from `output`.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    thread_local! {
        static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
    }

    /// A buffer of `length` bytes for the link, valid until the next call.
    #[no_mangle]
    pub extern "C" fn input(length: usize) -> *mut u8 {
        INPUT.with(|input| {
            let mut input = input.borrow_mut();
            input.clear();
            input.resize(length, 0);
            input.as_mut_ptr()
        })
    }

    /// Encodes the link in the input buffer: the code's side in modules, or 0 when the link is
    /// not UTF-8 or too long for any code. The path is then in `output`.
    #[no_mangle]
    pub extern "C" fn encode() -> usize {
        let drawn = INPUT.with(|input| {
            std::str::from_utf8(&input.borrow())
                .ok()
                .and_then(super::qr_path)
        });
        let (side, path) = drawn.unwrap_or_default();
        OUTPUT.with(|output| *output.borrow_mut() = path);
        side
    }

    /// Where the last code's path starts.
    #[no_mangle]
    pub extern "C" fn output() -> *const u8 {
        OUTPUT.with(|output| output.borrow().as_ptr())
    }

    /// How many bytes the last code's path has.
    #[no_mangle]
    pub extern "C" fn output_length() -> usize {
        OUTPUT.with(|output| output.borrow().len())
    }
}
