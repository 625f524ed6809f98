import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { Timestamp, int } from './common.js';
import { validationProblem } from './issues.js';

/** What Timestamp stands in for (common.ts): zod's own datetime with an offset. */
const reference = z.iso.datetime({ offset: true });

describe('Timestamp', () => {
  it('takes exactly what zod’s iso.datetime({ offset: true }) takes', () => {
    const dates = [
      ...['0000', '0004', '1900', '2000', '2023', '2024', '2100', '9999', '999', '20245'].flatMap((y) =>
        ['02-28', '02-29', '02-30', '01-31', '04-30', '04-31', '12-31', '13-01', '00-10', '06-00', '11-32'].map(
          (md) => `${y}-${md}`,
        ),
      ),
      '2026-1-05',
    ];
    const times = ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '12:00', '7:00:00', '12:00:00.5'];
    const tails = ['Z', 'z', '+01:00', '-23:59', '+24:00', '+0100', '', '.123456789Z', '.Z', ' Z'];
    let checked = 0;
    for (const date of dates)
      for (const time of times)
        for (const tail of tails)
          for (const sep of ['T', ' ']) {
            const text = `${date}${sep}${time}${tail}`;
            assert.equal(Timestamp.safeParse(text).success, reference.safeParse(text).success, text);
            checked++;
          }
    assert.ok(checked > 10_000);
    // Valid ones are among them: the comparison is not all refusals.
    for (const ok of ['2024-02-29T12:00:00Z', '2026-11-28T09:30:00.123+01:00', '2000-02-29T23:59:59-05:30'])
      assert.ok(Timestamp.safeParse(ok).success, ok);
    for (const bad of ['2023-02-29T12:00:00Z', '2026-11-28T09:30:00', '2026-11-28', 1_700_000_000_000])
      assert.ok(!Timestamp.safeParse(bad).success, String(bad));
  });

  it('says what is wrong in plain words, naming the field', () => {
    const result = z.object({ answeredAt: Timestamp }).safeParse({ answeredAt: '28-11-2026 09:30' });
    assert.ok(!result.success);
    const problem = validationProblem(result.error.issues, 'body');
    assert.deepEqual(
      problem.errors?.map((e) => `${e.path}: ${e.message}`),
      ['body.answeredAt: must be a date and time such as 2026-11-28T09:30:00Z'],
    );
  });
});

describe('int', () => {
  it('takes what z.int() takes, within its bounds', () => {
    const values = [0, 1, -1, 5, 6, 1.5, -0.5, 1e-9, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e300, NaN, Infinity, '3', null];
    for (const [min, max] of [
      [undefined, undefined],
      [1, 5],
      [0, undefined],
    ] as const) {
      const reference = z.int().check(z.gte(min ?? Number.MIN_SAFE_INTEGER), z.lte(max ?? Number.MAX_SAFE_INTEGER));
      for (const value of values)
        assert.equal(
          int(min, max).safeParse(value).success,
          reference.safeParse(value).success,
          `${String(value)} in ${min}-${max}`,
        );
    }
  });

  it('says "must be a whole number"', () => {
    const result = z.object({ level: int(1, 5) }).safeParse({ level: 2.5 });
    assert.equal(result.success, false);
    assert.equal(validationProblem(result.error!.issues, 'body').detail, 'body.level must be a whole number');
  });
});
