//! wtsa-rules
