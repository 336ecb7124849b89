//! wtsa-server: the wtsa language server. An editor that speaks the Language Server Protocol
//! (VS Code, Neovim, Helix, Zed, Emacs …) gets, for the wtsa data files it opens, the findings
//! of the rule catalogue as diagnostics while the text is typed, hover on designations, person
//! keys and rule codes, go to definition, completion, code actions (a rule's certain fix, a
//! suppression) and document symbols. `wtsa server` runs it over standard input and output.
//!
//! It is not a checker or a loader of its own: documents are parsed by `wtsa-dataset`, checked
//! by `wtsa-rules` exactly as `wtsa check` checks a data directory (its `wtsa.toml` included),
//! and answers to hover come from the same `resolve` as `wtsa resolve`. It never writes a file:
//! an edit is proposed to the editor, which applies it to its buffer.
//!
//! Two threads: the main thread reads the client's messages and answers requests from its
//! copy of the documents; the checker thread ([`checker`]) parses changed texts, checks and
//! publishes diagnostics. A request is never queued behind a check.

mod actions;
pub mod checker;
mod completion;
mod cursor;
pub mod diagnostics;
mod hover;
mod lookup;
mod navigation;
pub mod schema;
mod server;
mod symbols;
pub mod text;
pub mod uri;
pub mod workspace;

pub use server::{capabilities, run, run_stdio, ServerError};
