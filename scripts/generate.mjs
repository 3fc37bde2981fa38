#!/usr/bin/env node
// Generates the files derived from spec/vdx.openapi.yaml: the SDK's TypeScript types
// (openapi-typescript) and a JSON copy of the document for runtime validation.
// With --check, writes nothing and exits 1 when a committed file differs from a fresh generation.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC = join(ROOT, 'spec/vdx.openapi.yaml');
const OUT_DIR = join(ROOT, 'packages/sdk/src/generated');
const HEADER = '// Generated from spec/vdx.openapi.yaml by `npm run generate`. Do not edit.\n\n';

async function render() {
  const source = await readFile(SPEC, 'utf8');
  const document = parse(source);
  const ast = await openapiTS(document, {
    alphabetize: false,
    exportType: true,
    // A field with a default stays optional in request types, as the server fills it in.
    defaultNonNullable: false,
  });
  return {
    'openapi.ts': HEADER + astToString(ast),
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await render();
  const stale = [];
  await mkdir(OUT_DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(OUT_DIR, name);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === content) continue;
    if (check) stale.push(path);
    else await writeFile(path, content);
  }
  if (stale.length > 0) {
    console.error(
      `Generated files are stale: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(
    check
      ? 'Generated files are up to date.'
      : `Generated ${Object.keys(files).join(', ')} in ${OUT_DIR}`,
  );
}

await main();
