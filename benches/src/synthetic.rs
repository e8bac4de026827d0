// Shared by build.rs (`include!`) and the library (`mod synthetic`).

/// Prefixes of the synthetic codes, as real services mix them.
const PREFIXES: [&str; 4] = ["KMS", "CSMS", "DEW", "KPS"];
const STATUSES: [u16; 6] = [400, 403, 404, 409, 500, 503];

/// A synthetic "Error Code" page with `n` codes.
pub fn synthetic_page(n: usize) -> String {
    page((0..n).map(|i| {
        let prefix = PREFIXES[i % PREFIXES.len()];
        row(i, format!("{prefix}.{:04}", 100 + i / PREFIXES.len() * 3))
    }))
}

/// A page of `n` codes made to defeat a lookup keyed on a part of the
/// code: a 30-byte shared prefix and a 20-byte shared suffix around one
/// differing middle part, codes that share their first 8 bytes
/// (`BackupService.0001`), lengths from 1 to 64 bytes, several prefixes.
pub fn adversarial_page(n: usize) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let base36 = |mut i: usize| {
        let mut out = Vec::new();
        loop {
            out.push(DIGITS[i % 36]);
            i /= 36;
            if i == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    };
    page((0..n).map(|i| {
        let k = i / 5;
        let code = match i % 5 {
            0 => format!("{}{:04}{}", "P".repeat(30), k, "S".repeat(20)),
            1 => format!("BackupService.{k:04}"),
            // Lengths 1 to 7: the shortest codes there can be.
            2 => base36(k * 1_411_167),
            // Lengths 9 to 64, the number at the start.
            3 => {
                let head = format!("{k}.");
                let len = 9 + k % 56;
                format!("{head}{}", "x".repeat(len.saturating_sub(head.len())))
            }
            // 8 and 9 bytes.
            _ => format!("{}.{k:04}", ["CSMS", "KMS", "DEW", "KPS"][k % 4]),
        };
        row(i, code)
    }))
}

/// A page of `n` codes of random lengths from 1 to 64 bytes (upper-case
/// letters, digits and `.`, starting with a letter or digit), drawn by a
/// fixed xorshift generator: no length, prefix or alphabet a lookup could
/// specialise for.
pub fn random_lengths_page(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.";
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut seen = std::collections::HashSet::new();
    let mut codes = Vec::with_capacity(n);
    while codes.len() < n {
        let len = 1 + (next() % 64) as usize;
        let code: String = (0..len)
            .map(|i| {
                // The first character is a letter or digit.
                let span = if i == 0 { ALPHABET.len() - 1 } else { ALPHABET.len() };
                ALPHABET[(next() % span as u64) as usize] as char
            })
            .collect();
        if seen.insert(code.clone()) {
            codes.push(code);
        }
    }
    page(codes.into_iter().enumerate().map(|(i, code)| row(i, code)))
}

/// A row of the synthetic pages: status, code and texts for the `i`th code.
fn row(i: usize, code: String) -> [String; 5] {
    [
        STATUSES[i % STATUSES.len()].to_string(),
        code,
        format!("Synthetic error {i}."),
        format!("Description of synthetic error {i}."),
        format!("Measure {}.", i % 17),
    ]
}

/// An "Error Code" page: one grid table of `rows`.
fn page(rows: impl Iterator<Item = [String; 5]>) -> String {
    let rows: Vec<[String; 5]> = rows.collect();
    let header = [
        "Status Code",
        "Error Code",
        "Error Message",
        "Description",
        "Measure",
    ];
    let widths: Vec<usize> = (0..5)
        .map(|c| {
            rows.iter()
                .map(|r| r[c].len())
                .chain([header[c].len()])
                .max()
                .unwrap_or(0)
                + 2
        })
        .collect();
    let border = |fill: char| {
        let mut line = String::from("+");
        for w in &widths {
            line.extend(std::iter::repeat(fill).take(*w));
            line.push('+');
        }
        line.push('\n');
        line
    };
    let row = |cells: &[&str]| {
        let mut line = String::from("|");
        for (cell, w) in cells.iter().zip(&widths) {
            line.push_str(&format!(" {cell:<width$}|", width = w - 1));
        }
        line.push('\n');
        line
    };
    let mut page = String::from("Error Code\n==========\n\n");
    page.push_str(&border('-'));
    page.push_str(&row(&header));
    page.push_str(&border('='));
    for r in &rows {
        page.push_str(&row(&r.iter().map(String::as_str).collect::<Vec<_>>()));
        page.push_str(&border('-'));
    }
    page
}
