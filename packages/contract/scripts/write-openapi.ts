/** `npm run openapi`: writes the OpenAPI document next to the contract and into docs. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApi } from '@pfw/contract/openapi';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8')) as { version: string };
const doc = buildOpenApi({ version: pkg.version });
const json = `${JSON.stringify(doc, null, 2)}\n`;
for (const target of [resolve(here, '../openapi.json'), resolve(here, '../../../docs/public/openapi.json')]) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
}
const paths = Object.keys(doc.paths as object).length;
const schemas = Object.keys((doc.components as { schemas: object }).schemas).length;
console.log(`openapi.json: OpenAPI 3.1, ${paths} paths, ${schemas} schemas, ${(json.length / 1024).toFixed(1)} kB`);
