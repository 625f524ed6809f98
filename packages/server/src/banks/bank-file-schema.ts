/**
 * The schema of a signed bank file (core's BankFile and its signature): a file is checked
 * against it before anything in it is used. zod/mini, as the contract: the full zod would load
 * its English messages for every schema of the process.
 */
import * as z from 'zod/mini';
import { BANK_FILE_FORMAT, type BankFile } from '@pfw/core/psychometrics';

const number = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const positive = number.check(z.positive());
const count = z.int().check(z.minimum(0));
const id = z.string().check(z.minLength(1), z.maxLength(80));
const version = z
  .string()
  .check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, 'must be 1-40 letters, digits, dots, plus or minus signs'));
const fit = z.strictObject({ q1: number.check(z.minimum(0)), df: z.int().check(z.positive()), p: number });
const increasing = z.array(number).check(
  z.minLength(1),
  z.refine((b) => b.every((x, k) => k === 0 || x > b[k - 1]!), 'must be in increasing order'),
);

const fields = {
  format: z.literal(BANK_FILE_FORMAT),
  version,
  basedOn: version,
  skillLanguage: z.string().check(z.minLength(1), z.maxLength(40)),
  createdAt: z.iso.datetime(),
  sample: z.strictObject({ people: count, answers: count }),
  estimation: z.strictObject({
    method: z.string().check(z.maxLength(200)),
    iterations: count,
    converged: z.boolean(),
    seconds: number.check(z.minimum(0)),
    limits: z.strictObject({ minPeople: count, minResponses: count, minReliability: number }),
  }),
  correlations: z.array(z.array(number.check(z.minimum(-1), z.maximum(1)))),
  skills: z.array(
    z.strictObject({
      skillId: id,
      norm: z.strictObject({ mean: number, sd: positive }),
      link: z.strictObject({ A: positive, B: number, anchors: z.array(id), dropped: z.array(id) }),
      reliability: number,
      people: count,
    }),
  ),
  items: z.array(
    z.strictObject({
      id,
      n: count,
      discrimination: positive,
      thresholds: increasing,
      provisional: z.boolean(),
      fit: z.optional(fit),
    }),
  ),
  statements: z.array(
    z.strictObject({
      id,
      n: count,
      loading: number,
      intercept: number,
      uniqueness: positive,
      provisional: z.boolean(),
      fit: z.optional(fit),
    }),
  ),
};

/** One row and one column of correlations per skill. */
const square = z.refine<{ correlations: number[][]; skills: unknown[] }>(
  (f) => f.correlations.length === f.skills.length && f.correlations.every((row) => row.length === f.skills.length),
  { message: 'must have one row and one column per skill', path: ['correlations'] },
);

export const BankFileSchema = z.strictObject(fields).check(square) satisfies z.ZodMiniType<BankFile>;

/** A bank file as written: the file and its signature (a detached compact JWS over the rest). */
export const SignedBankFile = z
  .strictObject({ ...fields, signature: z.string().check(z.minLength(1), z.maxLength(2000)) })
  .check(square);
