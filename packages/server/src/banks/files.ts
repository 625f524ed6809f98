/** Bank files on disk: one `<version>.json` per calibrated version in the bank folder (PFW_BANK_DIR). */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankFile } from '@pfw/core/psychometrics';
import type { BankFileText } from './registry.js';

/** Where bank files are kept unless PFW_BANK_DIR says otherwise. */
export const DEFAULT_BANK_DIR = '.data/banks';

export type SignedBank = BankFile & { signature: string };

/** Every `.json` file of the folder, by name; none when the folder does not exist. */
export function readBankDir(dir: string): BankFileText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Write a signed bank file as `<dir>/<version>.json`; never over an existing one. Returns its path. */
export function writeBankFile(dir: string, bank: SignedBank): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${bank.version}.json`);
  if (existsSync(path)) throw new Error(`${path} exists already: a bank file is never overwritten.`);
  writeFileSync(path, JSON.stringify(bank, null, 2) + '\n', { flag: 'wx' });
  return path;
}
