//! The provisions rules cite, with the edition of each text that was read
//! (see `data/sources/itu-procedures.md`).

use crate::rule::Citation;

pub const RES2_ANNEX_A: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "Annex A (lead study groups)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

pub const RES2_ANNEX_A_TITLE: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "Annex A (each study group's title, mandate and lead roles)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

pub const RES2_ANNEX_B: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "Annexes A and B (mandate, lead roles, points of guidance)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

pub const RES2_ANNEX_C: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "Annex C (Recommendations under the responsibility of each study group)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

pub const RES2_ANNEX_C_NOTE: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "Annex C, Study Group 20, NOTE (double numbers in the Y.4000-series)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

pub const Y_SERIES_TABLE: Citation = Citation {
    instrument: "ITU-T Y-series table of sub-series",
    edition: "as printed in ITU-T Y.4500.15 (03/2018)",
    provision: "Y.4000–Y.4999, Internet of things and smart cities and communities",
    url: Some("https://www.itu.int/rec/T-REC-Y/en"),
};

pub const RES1_TAP: Citation = Citation {
    instrument: "WTSA Resolution 1",
    edition: "Rev. Hammamet, 2016",
    provision: "§9 (Traditional Approval Process)",
    url: Some("https://www.itu.int/pub/T-RES-T.1"),
};

pub const RES1_TECHNICAL_REPORTS: Citation = Citation {
    instrument: "WTSA Resolution 1",
    edition: "Rev. Hammamet, 2016",
    provision: "§1bis.8 (Technical Reports) and §1bis.6 (Supplements); A.13 for Supplements",
    url: Some("https://www.itu.int/pub/T-RES-T.1"),
};

/// No provision on agreeing Technical Papers was found: rules about them cite the one on
/// Technical Reports, applied by analogy, and stay informational.
pub const TECHNICAL_PAPERS_BY_ANALOGY: Citation = Citation {
    instrument: "WTSA Resolution 1",
    edition: "Rev. Hammamet, 2016",
    provision: "§1bis.8 (Technical Reports), applied by analogy: no provision on Technical Papers was found",
    url: Some("https://www.itu.int/pub/T-RES-T.1"),
};

pub const A8_AAP: Citation = Citation {
    instrument: "Recommendation ITU-T A.8",
    edition: "10/2008",
    provision: "§§3–4 (consent, Last Call of four weeks, approval)",
    url: Some("https://www.itu.int/rec/T-REC-A.8"),
};

pub const RES1_STUDY_PERIOD: Citation = Citation {
    instrument: "WTSA Resolution 1",
    edition: "Rev. Hammamet, 2016",
    provision: "study periods run from one WTSA to the next",
    url: Some("https://www.itu.int/pub/T-RES-T.1"),
};

/// ITU-T's record of what it has published: every edition of every Recommendation with its
/// approval date, title and the group responsible today, as the catalogue embedded from
/// `relaton/relaton-data-itu` holds it. A Recommendation approved under Resolution 1 §9 or
/// A.8 is published under its number with that date; this record is what the report's tables
/// are checked against.
pub const PUBLISHED_RECORD: Citation = Citation {
    instrument: "ITU-T Recommendations in force and superseded (ITU-T publication catalogue)",
    edition: "relaton-data-itu commit daa9deb2",
    provision: "the published edition's number, approval date, title and responsible group",
    url: Some("https://www.itu.int/rec/T-REC/en"),
};

/// A rule about the report's internal consistency cites the report's template.
pub const fn report(provision: &'static str) -> Citation {
    Citation {
        instrument: "Study group report to WTSA (SG20 report to WTSA-24)",
        edition: "2022-2024 study period",
        provision,
        url: None,
    }
}

pub const WTSA_CONFIGURATION: Citation = Citation {
    instrument: "wtsa",
    edition: "this tool",
    provision: "suppressions in the data",
    url: None,
};

pub const WTSA_LAYOUT: Citation = Citation {
    instrument: "wtsa",
    edition: "this tool",
    provision: "dataset layout (one document of each kind per study group and period)",
    url: None,
};
