// A check that needs no VS Code: the manifest names an entry point that exists and exports
// activate/deactivate, and the client library it uses is installed.
"use strict";
const assert = require("node:assert");
const fs = require("node:fs");
const Module = require("node:module");
const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"));
assert.ok(fs.existsSync(manifest.main), `main ${manifest.main} is missing`);
require.resolve("vscode-languageclient/node");
// `vscode` exists only inside the editor: stand in for it (every member a constructor the
// client library may extend) to load the module.
const stub = new Proxy({}, { get: () => function Stub() {} });
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "vscode" ? stub : load.call(this, request, ...rest);
};
const extension = require(require("node:path").resolve(manifest.main));
assert.strictEqual(typeof extension.activate, "function");
assert.strictEqual(typeof extension.deactivate, "function");
console.log("editors/vscode: ok");
