//! The main thread: the LSP handshake, the loop over the client's messages, and the copy of
//! every data directory's documents that requests are answered from.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crossbeam_channel::{select, Receiver, Sender};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, Notification as _,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, GotoDefinition, HoverRequest,
    RegisterCapability, Request as _, Shutdown,
};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern,
    HoverProviderCapability, InitializeParams, OneOf, PositionEncodingKind, Registration,
    RegistrationParams, SaveOptions, ServerCapabilities, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use wtsa_model::{Document, DocumentKind};

use crate::checker::{Checker, Task, Update};
use crate::diagnostics::RuleDocumentation;
use crate::text::apply_change;
use crate::uri;
use crate::workspace::DocumentSet;

/// Why the server stopped other than by the client's `shutdown` and `exit`.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("language server protocol: {0}")]
    Protocol(#[from] lsp_server::ProtocolError),
    #[error("the initialize request's parameters: {0}")]
    Initialize(#[from] serde_json::Error),
    #[error("the connection to the client: {0}")]
    Io(#[from] std::io::Error),
    #[error("the client exited without asking the server to shut down first")]
    ExitWithoutShutdown,
    #[error("the client closed the connection without asking the server to shut down")]
    Disconnected,
}

/// What the server can do, as it tells the client.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_owned(), "-".to_owned()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

/// Runs the server over standard input and output until the client says `exit`.
pub fn run_stdio() -> Result<(), ServerError> {
    let (connection, io_threads) = Connection::stdio();
    let outcome = run(connection);
    io_threads.join()?;
    outcome
}

/// Runs the server on a connection until the client says `exit`.
pub fn run(connection: Connection) -> Result<(), ServerError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params)?;
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "wtsa", "version": env!("CARGO_PKG_VERSION") },
    });
    connection.initialize_finish(id, result)?;

    let explicit = params
        .initialization_options
        .as_ref()
        .and_then(|options| options.get("rulesDocumentation"))
        .and_then(|value| value.as_str())
        .map(str::to_owned);
    let workspace = params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .and_then(|folder| uri::to_path(&folder.uri))
        .or_else(|| std::env::current_dir().ok());
    let documentation = RuleDocumentation::locate(explicit, workspace.as_deref());

    let (tasks, task_queue) = crossbeam_channel::unbounded();
    let (update_sender, updates) = crossbeam_channel::unbounded();
    let checker = Checker::new(connection.sender.clone(), update_sender, documentation);
    let worker = std::thread::Builder::new()
        .name("wtsa-checker".to_owned())
        .spawn(move || checker.run(task_queue))?;
    // The ITU-T catalogue hover shows is parsed once, beside the first check.
    let _ = std::thread::Builder::new()
        .name("wtsa-catalogue".to_owned())
        .spawn(|| {
            crate::lookup::embedded_catalogue();
        });

    let watches = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files)
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false);
    if watches {
        register_file_watchers(&connection.sender);
    }

    let mut state = State {
        tasks,
        open: HashMap::new(),
        roots: HashMap::new(),
        root_of: HashMap::new(),
        shutdown_requested: false,
    };
    let outcome = state.main_loop(&connection, &updates);
    drop(state);
    let _ = worker.join();
    outcome
}

fn register_file_watchers(client: &Sender<Message>) {
    let watchers = ["**/*.yaml", "**/*.yml", "**/*.json", "**/wtsa.toml"]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob.to_owned()),
            kind: None,
        })
        .collect();
    let params = RegistrationParams {
        registrations: vec![Registration {
            id: "wtsa-data-files".to_owned(),
            method: DidChangeWatchedFiles::METHOD.to_owned(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        }],
    };
    let request = Request::new(
        RequestId::from("wtsa-register-watchers".to_owned()),
        RegisterCapability::METHOD.to_owned(),
        params,
    );
    let _ = client.send(request.into());
}

/// A document the editor has open, as the main thread knows it.
#[derive(Debug)]
struct OpenText {
    version: i32,
    text: String,
}

/// What the main thread holds.
struct State {
    tasks: Sender<Task>,
    open: HashMap<PathBuf, OpenText>,
    /// Every data directory's documents that parse, by directory.
    roots: HashMap<PathBuf, DocumentSet>,
    /// The data directory of each file read.
    root_of: HashMap<PathBuf, PathBuf>,
    shutdown_requested: bool,
}

/// What a request about one document is answered from.
pub struct View<'a> {
    pub path: &'a Path,
    pub uri: &'a Uri,
    /// The editor's text, or the text last read.
    pub text: &'a str,
    /// The documents of the file's data directory.
    pub set: &'a DocumentSet,
    /// The index of the file's own document in `set`, when it has parsed.
    pub document: Option<usize>,
}

impl View<'_> {
    /// The file's document, as last parsed.
    pub fn document(&self) -> Option<&Document> {
        self.set
            .dataset
            .documents
            .get(self.document?)
            .map(|loaded| &loaded.document)
    }

    /// The kind of the file's document.
    pub fn kind(&self) -> Option<DocumentKind> {
        self.document().map(Document::kind)
    }
}

enum Flow {
    Continue,
    Exit,
}

impl State {
    fn main_loop(
        &mut self,
        connection: &Connection,
        updates: &Receiver<Update>,
    ) -> Result<(), ServerError> {
        loop {
            select! {
                recv(connection.receiver) -> message => {
                    let Ok(message) = message else {
                        return Err(ServerError::Disconnected);
                    };
                    // Requests see every document the checker has parsed so far.
                    for update in updates.try_iter() {
                        self.apply(update);
                    }
                    if let Flow::Exit = self.handle(connection, message) {
                        return if self.shutdown_requested {
                            Ok(())
                        } else {
                            Err(ServerError::ExitWithoutShutdown)
                        };
                    }
                }
                recv(updates) -> update => {
                    if let Ok(update) = update {
                        self.apply(update);
                    }
                }
            }
        }
    }

    fn apply(&mut self, update: Update) {
        match update {
            Update::Document {
                root,
                path,
                file,
                document,
            } => {
                self.root_of.insert(path.clone(), root.clone());
                self.roots
                    .entry(root)
                    .or_default()
                    .upsert(path, *file, *document);
            }
            Update::Unparsed { root, path } => {
                self.root_of.insert(path, root.clone());
                self.roots.entry(root).or_default();
            }
            Update::Removed { root, path } => {
                if let Some(set) = self.roots.get_mut(&root) {
                    set.remove(&path);
                }
                self.root_of.remove(&path);
            }
        }
    }

    fn handle(&mut self, connection: &Connection, message: Message) -> Flow {
        match message {
            Message::Request(request) => {
                let response = self.respond(request);
                let _ = connection.sender.send(response.into());
                Flow::Continue
            }
            Message::Notification(notification) => self.notify(notification),
            // Answers to the server's own requests (the watchers' registration).
            Message::Response(_) => Flow::Continue,
        }
    }

    fn notify(&mut self, notification: Notification) -> Flow {
        let method = notification.method.as_str();
        match method {
            "exit" => return Flow::Exit,
            DidOpenTextDocument::METHOD => {
                if let Ok(params) =
                    notification.extract::<DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                {
                    let document = params.text_document;
                    if let Some(path) = uri::to_path(&document.uri) {
                        self.open.insert(
                            path.clone(),
                            OpenText {
                                version: document.version,
                                text: document.text.clone(),
                            },
                        );
                        let _ = self.tasks.send(Task::Open {
                            path,
                            uri: document.uri,
                            version: document.version,
                            text: document.text,
                        });
                    }
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(params) = notification
                    .extract::<DidChangeTextDocumentParams>(DidChangeTextDocument::METHOD)
                {
                    let Some(path) = uri::to_path(&params.text_document.uri) else {
                        return Flow::Continue;
                    };
                    if let Some(open) = self.open.get_mut(&path) {
                        for change in params.content_changes {
                            apply_change(&mut open.text, change);
                        }
                        open.version = params.text_document.version;
                        let _ = self.tasks.send(Task::Change {
                            path,
                            version: open.version,
                            text: open.text.clone(),
                        });
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(params) =
                    notification.extract::<DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    if let Some(path) = uri::to_path(&params.text_document.uri) {
                        self.open.remove(&path);
                        let _ = self.tasks.send(Task::Close { path });
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                // The open text was sent with each change; a save checks the directory again
                // with the files changed on disk outside the editor (a `wtsa.toml` saved from
                // the editor included).
                if let Ok(params) =
                    notification.extract::<DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                {
                    if let Some(path) = uri::to_path(&params.text_document.uri) {
                        let _ = self.tasks.send(Task::Save { path });
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(params) = notification
                    .extract::<DidChangeWatchedFilesParams>(DidChangeWatchedFiles::METHOD)
                {
                    for change in params.changes {
                        if let Some(path) = uri::to_path(&change.uri) {
                            let _ = self.tasks.send(Task::Disk { path });
                        }
                    }
                }
            }
            _ => {}
        }
        Flow::Continue
    }

    /// What a request about `uri` is answered from.
    fn view<'a>(&'a self, uri: &'a Uri) -> Option<View<'a>> {
        let path = uri::to_path(uri)?;
        let (path, root) = self.root_of.get_key_value(&path)?;
        let set = self.roots.get(root)?;
        let document = set.position_of(path);
        let text = match self.open.get(path) {
            Some(open) => open.text.as_str(),
            None => set.get(path).map(|(file, _)| file.text())?,
        };
        Some(View {
            path,
            uri,
            text,
            set,
            document,
        })
    }

    fn respond(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        if self.shutdown_requested {
            return Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".to_owned(),
            );
        }
        match request.method.as_str() {
            Shutdown::METHOD => {
                self.shutdown_requested = true;
                Response::new_ok(id, ())
            }
            HoverRequest::METHOD => self.answer::<HoverRequest>(request, |state, params| {
                let position = params.text_document_position_params;
                let view = state.view(&position.text_document.uri)?;
                crate::hover::hover(&view, position.position)
            }),
            GotoDefinition::METHOD => self.answer::<GotoDefinition>(request, |state, params| {
                let position = params.text_document_position_params;
                let view = state.view(&position.text_document.uri)?;
                crate::navigation::definition(&view, position.position)
            }),
            Completion::METHOD => self.answer::<Completion>(request, |state, params| {
                let position = params.text_document_position;
                let view = state.view(&position.text_document.uri)?;
                crate::completion::complete(&view, position.position)
            }),
            CodeActionRequest::METHOD => {
                self.answer::<CodeActionRequest>(request, |state, params| {
                    let view = state.view(&params.text_document.uri)?;
                    crate::actions::code_actions(&view, &params.context.diagnostics)
                })
            }
            DocumentSymbolRequest::METHOD => {
                self.answer::<DocumentSymbolRequest>(request, |state, params| {
                    let view = state.view(&params.text_document.uri)?;
                    crate::symbols::document_symbols(&view)
                })
            }
            _ => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("wtsa does not answer `{}`", request.method),
            ),
        }
    }

    /// Answers a request with what `answer` gives (`null` for nothing), or an error when its
    /// parameters do not read.
    fn answer<R>(
        &self,
        request: Request,
        answer: impl FnOnce(&Self, R::Params) -> R::Result,
    ) -> Response
    where
        R: lsp_types::request::Request,
    {
        let id = request.id.clone();
        match request.extract::<R::Params>(R::METHOD) {
            Ok((id, params)) => Response::new_ok(id, answer(self, params)),
            Err(error) => Response::new_err(id, ErrorCode::InvalidParams as i32, error.to_string()),
        }
    }
}
