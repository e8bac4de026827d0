// Shared by build.rs (`include!`) and the library (`mod synthetic`).

/// Prefixes of the synthetic codes, as real services mix them.
const PREFIXES: [&str; 4] = ["KMS", "CSMS", "DEW", "KPS"];
const STATUSES: [u16; 6] = [400, 403, 404, 409, 500, 503];

/// A synthetic "Error Code" page with `n` codes.
pub fn synthetic_page(n: usize) -> String {
    let rows: Vec<[String; 5]> = (0..n)
        .map(|i| {
            let prefix = PREFIXES[i % PREFIXES.len()];
            [
                STATUSES[i % STATUSES.len()].to_string(),
                format!("{prefix}.{:04}", 100 + i / PREFIXES.len() * 3),
                format!("Synthetic error {i} of {prefix}."),
                format!("Description of synthetic error {i}."),
                format!("Measure {}.", i % 17),
            ]
        })
        .collect();
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
