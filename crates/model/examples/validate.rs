//! Development aid: deserialises each YAML file given on the command line into its document
//! kind and reports the first error with its line and column.

use wtsa_model::*;

fn check<T: serde::de::DeserializeOwned>(text: &str) -> Result<(), String> {
    serde_saphyr::from_str::<T>(text)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            failed = true;
            continue;
        };
        let result = match serde_saphyr::from_str::<KindProbe>(&text) {
            Err(e) => Err(e.to_string()),
            Ok(probe) => match probe.kind {
                DocumentKind::StudyGroup => check::<StudyGroup>(&text),
                DocumentKind::Resolution2Entry => check::<Resolution2Entry>(&text),
                DocumentKind::People => check::<People>(&text),
                DocumentKind::Organisation => check::<Organisation>(&text),
                DocumentKind::Meetings => check::<Meetings>(&text),
                DocumentKind::Outputs => check::<Outputs>(&text),
                DocumentKind::ReportClaims => check::<ReportClaims>(&text),
                DocumentKind::Activities => check::<Activities>(&text),
                DocumentKind::Catalogue => check::<wtsa_model::Catalogue>(&text),
            },
        };
        match result {
            Ok(()) => println!("{path}: ok"),
            Err(e) => {
                failed = true;
                println!("{path}: {e}");
            }
        }
    }
    std::process::exit(i32::from(failed));
}
