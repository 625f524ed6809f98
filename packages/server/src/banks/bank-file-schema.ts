/** The schema of a signed bank file (core's BankFile and its signature): a file is checked against it before anything in it is used. */
import { z } from 'zod';
import { BANK_FILE_FORMAT, type BankFile } from '@pfw/core/psychometrics';

const finite = z.number().finite();
const positive = finite.positive();
const id = z.string().min(1).max(80);
const version = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, 'must be 1-40 letters, digits, dots, plus or minus signs');
const fit = z.object({ q1: finite.min(0), df: z.number().int().positive(), p: finite.min(0).max(1) }).strict();
const limits = z
  .object({ minPeople: z.number().int().min(0), minResponses: z.number().int().min(0), minReliability: finite })
  .strict();

const fields = {
  format: z.literal(BANK_FILE_FORMAT),
  version,
  basedOn: version,
  skillLanguage: z.string().min(1).max(40),
  createdAt: z.iso.datetime(),
  sample: z.object({ people: z.number().int().min(0), answers: z.number().int().min(0) }).strict(),
  estimation: z
    .object({
      method: z.string().max(200),
      iterations: z.number().int().min(0),
      converged: z.boolean(),
      seconds: finite.min(0),
      limits,
    })
    .strict(),
  correlations: z.array(z.array(finite.min(-1).max(1))),
  skills: z.array(
    z
      .object({
        skillId: id,
        norm: z.object({ mean: finite, sd: positive }).strict(),
        link: z.object({ A: positive, B: finite, anchors: z.array(id), dropped: z.array(id) }).strict(),
        reliability: finite,
        people: z.number().int().min(0),
      })
      .strict(),
  ),
  items: z.array(
    z
      .object({
        id,
        n: z.number().int().min(0),
        discrimination: positive,
        thresholds: z
          .array(finite)
          .min(1)
          .refine((b) => b.every((x, k) => k === 0 || x > b[k - 1]!), 'must be in increasing order'),
        provisional: z.boolean(),
        fit: fit.optional(),
      })
      .strict(),
  ),
  statements: z.array(
    z
      .object({
        id,
        n: z.number().int().min(0),
        loading: finite,
        intercept: finite,
        uniqueness: positive,
        provisional: z.boolean(),
        fit: fit.optional(),
      })
      .strict(),
  ),
};

/** One row and one column of correlations per skill. */
const square = (f: { correlations: number[][]; skills: unknown[] }) =>
  f.correlations.length === f.skills.length && f.correlations.every((row) => row.length === f.skills.length);
const squareMessage = { message: 'must have one row and one column per skill', path: ['correlations'] };

export const BankFileSchema = z.object(fields).strict().refine(square, squareMessage) satisfies z.ZodType<BankFile>;

/** A bank file as written: the file and its signature (a compact JWS over the rest). */
export const SignedBankFile = z
  .object({ ...fields, signature: z.string().min(1).max(2000) })
  .strict()
  .refine(square, squareMessage);
