/**
 * The bank versions this server can score with (#20): the provisional bank in the code, and
 * every calibrated bank file it was given (see calibrate.ts), each checked — its signature by
 * this server's keys, its shape by the schema, its ids against the code's bank — before use.
 * New assessments use the current version: `PFW_BANK_VERSION` if set, else the newest file,
 * else the provisional bank. A session keeps the version it started with while that version
 * is loaded, so its skillprint is scored with (and says) the version its steps came from.
 */
import {
  BankFileMismatch,
  assessmentVersionOf,
  bankFromFile,
  createAdministration,
  createRemeasurementAdministration,
  isProvisional,
  provisionalBank,
  type Administration,
  type Bank,
  type BankFile,
} from '@pfw/core/psychometrics';
import { describeIssue } from '@pfw/contract';
import type { Signer } from '../auth/signer.js';
import { SignedBankFile } from './bank-file-schema.js';

export interface LoadedBank {
  bank: Bank;
  /** What sessions and skillprints record: skill language + bank version. */
  assessmentVersion: string;
  administration: Administration;
  /** The whole test, or a re-measurement of these skills (made once per set, then kept). */
  administrationFor(remeasure?: readonly string[] | null): Administration;
  provisional: boolean;
  /** The calibration's file (absent for the provisional bank). */
  file?: BankFile;
}

/** A bank file that cannot be used: which file, and why. */
export class BankFileError extends Error {}

/** A bank file as read from disk: its name (for messages) and text. */
export interface BankFileText {
  name: string;
  text: string;
}

function loaded(bank: Bank, file?: BankFile): LoadedBank {
  const administration = createAdministration({}, bank);
  const remeasurements = new Map<string, Administration>();
  return {
    bank,
    assessmentVersion: assessmentVersionOf(bank),
    administration,
    administrationFor(remeasure) {
      if (!remeasure?.length) return administration;
      const key = [...remeasure].sort().join(',');
      let found = remeasurements.get(key);
      if (!found) remeasurements.set(key, (found = createRemeasurementAdministration(remeasure, bank)));
      return found;
    },
    provisional: isProvisional(bank.version),
    ...(file && { file }),
  };
}

/** Check one file — JSON, the schema, the signature, the code's bank — and build its bank. Throws a BankFileError saying what is wrong. */
export async function readBankFile(input: BankFileText, signer: Signer): Promise<{ file: BankFile; bank: Bank }> {
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch {
    throw new BankFileError(`Bank file ${input.name} is not JSON.`);
  }
  const parsed = SignedBankFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BankFileError(`Bank file ${input.name}: ${issue.path.join('.') || 'the file'} ${describeIssue(issue)}.`);
  }
  const { signature, ...file } = parsed.data;
  if (!(await signer.verifyBank(file, signature)))
    throw new BankFileError(
      `Bank file ${input.name} was changed after it was signed, or not signed by this server's keys. Calibrate again on this server's storage.`,
    );
  try {
    return { file, bank: bankFromFile(file) };
  } catch (error) {
    if (error instanceof BankFileMismatch) throw new BankFileError(`Bank file ${input.name}: ${error.message}.`);
    throw error;
  }
}

export class BankRegistry {
  private constructor(
    private readonly byVersion: ReadonlyMap<string, LoadedBank>,
    readonly current: LoadedBank,
  ) {}

  /** The provisional bank only (the offline mock, tests). */
  static provisional(): BankRegistry {
    const only = loaded(provisionalBank());
    return new BankRegistry(new Map([[only.assessmentVersion, only]]), only);
  }

  /**
   * The provisional bank and these files. `active` (a bank version) chooses the current one;
   * without it the newest file is current. Throws a BankFileError for a file that cannot be used
   * or an `active` version that is not there.
   */
  static async load(signer: Signer, files: readonly BankFileText[] = [], active?: string): Promise<BankRegistry> {
    const all = [loaded(provisionalBank())];
    for (const input of files) {
      const { file, bank } = await readBankFile(input, signer);
      if (all.some((b) => b.bank.version === file.version))
        throw new BankFileError(`Bank file ${input.name}: version ${file.version} is loaded twice.`);
      all.push(loaded(bank, file));
    }
    const newest = all.filter((b) => b.file).sort((a, b) => b.file!.createdAt.localeCompare(a.file!.createdAt))[0];
    const current = active ? all.find((b) => b.bank.version === active) : (newest ?? all[0]!);
    if (!current)
      throw new BankFileError(
        `PFW_BANK_VERSION is ${active}, but no such bank is loaded (loaded: ${all.map((b) => b.bank.version).join(', ')}).`,
      );
    return new BankRegistry(new Map(all.map((b) => [b.assessmentVersion, b])), current);
  }

  /** The bank of an assessment version (as sessions and skillprints record it), if loaded. */
  get(assessmentVersion: string): LoadedBank | undefined {
    return this.byVersion.get(assessmentVersion);
  }

  /** The bank with this bank version (as a file names it), if loaded. */
  byBankVersion(version: string): LoadedBank | undefined {
    return [...this.byVersion.values()].find((b) => b.bank.version === version);
  }

  list(): LoadedBank[] {
    return [...this.byVersion.values()];
  }
}
