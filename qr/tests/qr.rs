//! The QR code of a view's link: drawn from its path as a screen shows it, it reads back as the
//! link, for every kind of link the app shares.

use two_words_qr::{qr_path, QUIET_ZONE};

/// How many pixels a module takes when the code is drawn for the decoder.
const SCALE: usize = 4;

/// Draws the code's path (`M{x},{y}h{w}v1h-{w}z` runs, one unit per module) as a grey image,
/// dark on light, and reads it with a decoder that shares nothing with the encoder.
#[track_caller]
fn read_back(side: usize, path: &str) -> String {
    let pixels = side * SCALE;
    let mut dark = vec![false; side * side];
    for run in path.split('M').filter(|run| !run.is_empty()) {
        let numbers: Vec<usize> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().expect("a number"))
            .collect();
        let [x, y, width, 1, _] = numbers[..] else {
            panic!("a run is M x,y h w v1 h-w z: {run}");
        };
        for column in x..x + width {
            dark[y * side + column] = true;
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if dark[(y / SCALE) * side + x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code is found");
    let (_, content) = grids[0].decode().expect("the code decodes");
    content
}

#[test]
fn a_view_s_link_reads_back_from_its_code() {
    for link in [
        "http://127.0.0.1:8080/",
        "https://example.org/two-words/views/sre/",
        "https://example.org/two-words/de/views/own-memory/?memory=off&tools=off&model=azure&terms=2026",
        "https://a-rather-long-host-name.example.org/with/a/deep/path/two-words/es/?memory=on&tools=on&model=aws-direct&terms=2026&theme=dark&childId=chart-1&utm_source=newsletter",
    ] {
        let (side, path) = qr_path(link).expect("a code for a link");
        assert_eq!(read_back(side, &path), link);
        // The quiet zone is kept: no module is drawn in it.
        assert!(!path.contains(&format!("M{},", QUIET_ZONE - 1)));
    }
}

#[test]
fn a_text_too_long_for_any_code_has_none() {
    assert!(qr_path(&"x".repeat(5_000)).is_none());
}
