import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ITEM_BANK_VERSION } from '@pfw/core/psychometrics';
import { annexIvFile, formattedAnnexIv } from './annex-iv.js';

describe('Annex IV technical documentation', () => {
  it('is up to date with the code, the recorded figures and the pending changes (npm run docs:annex-iv)', async () => {
    assert.equal(
      readFileSync(annexIvFile, 'utf8'),
      await formattedAnnexIv(),
      'docs/annex-iv.md is out of date: run npm run docs:annex-iv',
    );
  });

  it('names the bank version, every benchmark and the oversight routes', async () => {
    const text = await formattedAnnexIv();
    assert.ok(text.includes(ITEM_BANK_VERSION));
    for (const bench of ['bench:psychometrics', 'bench:matching', 'bench:fairness'])
      assert.ok(text.includes(bench), bench);
    for (const path of ['/v1/matching', '/v1/rejections', '/v1/audit-log', '/v1/measurement-quality'])
      assert.ok(text.includes(path), path);
  });
});
