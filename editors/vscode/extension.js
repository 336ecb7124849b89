// The wtsa extension: starts `wtsa server` for the YAML and JSON files of the workspace and
// leaves everything else (diagnostics, hover, definition, completion, code actions, symbols)
// to the language server.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("wtsa").get("path", "wtsa");
  const serverOptions = {
    command,
    args: ["server"],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
      { scheme: "file", pattern: "**/wtsa.toml" },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.yaml,*.yml,*.json,wtsa.toml}"),
    },
  };
  client = new LanguageClient("wtsa", "wtsa", serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
