/**
 * Checking a draft against the contract's `JobProfileInput`: each zod issue becomes a sentence
 * that names the field, with the control it belongs to and the validity flag the host's form
 * gets. A lazy part of the builder (it brings zod): the builder loads it as it connects, and
 * draws without problems until it is there (nothing is touched yet by then).
 */
import { JobProfileInput, formatPath } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';
import { toInput, type JobProfileDraft } from './draft.js';
import type { DraftIssue } from './draft-issues.js';

export { JobProfileInput };

/** What the builder reads of a zod issue. */
interface Issue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
  origin?: string;
  message: string;
}

/**
 * What is not right with the draft now, each message naming its field (empty when it is valid),
 * and the validity flag of the first problem. `skillLabel` names a skill in the reader's language.
 */
export function checkDraft(
  draft: JobProfileDraft,
  t: Messages,
  skillLabel: (skillId: string) => string,
): { issues: DraftIssue[]; flag: ValidityStateFlags } {
  const input = toInput(draft);
  // In the order of the form: the skills come after the fields about the job (in the contract, before).
  const found = ((JobProfileInput.safeParse(input).error?.issues ?? []) as Issue[]).sort(
    (a, b) => +(a.path[0] === 'requirements') - +(b.path[0] === 'requirements'),
  );
  return { issues: found.map((issue) => describe(issue, draft, input, t, skillLabel)), flag: flagOf(found[0]) };
}

/** The value at an issue's path (zod's issues do not carry the input of a string that is too long). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/** One zod issue as a sentence that names the field, and the control to put the focus on. */
function describe(
  issue: Issue,
  draft: JobProfileDraft,
  input: unknown,
  t: Messages,
  skillLabel: (skillId: string) => string,
) {
  const { fields, issue: say } = t;
  const path = formatPath(issue.path);
  const [head, index, leaf] = issue.path;
  let field: string;
  let control: string;
  let range: [number, number] = [1, 60];
  if (head === 'requirements' && typeof index === 'number') {
    const skill = skillLabel(draft.requirements[index]?.skillId ?? '');
    field =
      leaf === 'importance' ? fields.importance(skill) : leaf === 'level' ? fields.level(skill) : fields.requirements;
    control = leaf === 'importance' ? `importance-${index}` : `level-${index}`;
    range = leaf === 'importance' ? [1, 3] : [1, 5];
  } else if (head === 'hours') {
    field = index === 'max' ? fields.hoursMax : fields.hoursMin;
    control = index === 'max' ? 'hours-max' : 'hours-min';
    if (issue.code === 'custom') return { path, message: say.hoursOrder, control };
  } else if (head === 'requirements') {
    const message =
      issue.code === 'too_big'
        ? say.tooManySkills(Number(issue.maximum))
        : issue.code === 'too_small'
          ? say.noSkills
          : say.other(fields.requirements);
    return { path, message, control: 'add-skill' };
  } else {
    const key = (
      head === 'startDate' || head === 'description' || head === 'region' || head === 'occupationId' ? head : 'title'
    ) as keyof typeof fields;
    field = fields[key] as string;
    control =
      {
        title: 'title',
        region: 'region',
        startDate: 'start-date',
        description: 'description',
        occupationId: 'template',
      }[key as string] ?? 'title';
  }
  let message: string;
  // Empty: "vul dit in", also for a text with a minimum length. (Not a number, e.g. "3e5": the range below.)
  const value = valueAt(input, issue.path);
  // The contract's `text` wants letters besides spaces: only spaces is empty, "a " too short.
  const besidesSpaces = issue.code === 'invalid_format' && /(\d+) or more/.exec(issue.message);
  if (value == null || (typeof value === 'string' && !value.trim())) message = say.required(field);
  else if (besidesSpaces) message = say.tooShort(field, Number(besidesSpaces[1]));
  else if (issue.origin === 'string' && issue.code === 'too_small')
    message = say.tooShort(field, Number(issue.minimum));
  else if (issue.origin === 'string' && issue.code === 'too_big')
    message = say.tooLong(field, Number(issue.maximum), String(issue.input ?? valueAt(input, issue.path) ?? '').length);
  else if (['too_small', 'too_big', 'invalid_type', 'not_multiple_of'].includes(issue.code))
    message = say.range(field, range[0], range[1]);
  else if (issue.code === 'invalid_format' && head === 'startDate') message = say.date(field);
  else message = say.other(field);
  return { path, message, control };
}

/** The ValidityState flag of a problem, as a native control would set it. */
function flagOf(issue: Issue | undefined): ValidityStateFlags {
  if (issue?.code === 'too_small' && formatPath(issue.path) === 'requirements') return { valueMissing: true };
  if (issue?.code === 'too_big') return issue.origin === 'string' ? { tooLong: true } : { rangeOverflow: true };
  if (issue?.code === 'too_small') return issue.origin === 'string' ? { tooShort: true } : { rangeUnderflow: true };
  if (issue?.code === 'invalid_type' && issue.input === undefined) return { valueMissing: true };
  return { customError: true };
}
