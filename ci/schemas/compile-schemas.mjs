// Compiles every JSON Schema given on the command line with ajv in strict mode (draft 2020-12,
// ajv-formats), as a team generating code from our schemas would. Exits 1 on the first schema
// ajv rejects, naming it and ajv's message.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const require = createRequire(resolve(process.env.WTSA_NODE_TOOLS, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

let failed = 0;
for (const file of process.argv.slice(2)) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  try {
    ajv.compile(JSON.parse(readFileSync(file, "utf8")));
    console.log(`ajv strict: ${file}: ok`);
  } catch (error) {
    failed += 1;
    console.log(`ajv strict: ${file}: ${error.message}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
