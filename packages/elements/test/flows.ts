/** Real flows through the offline API, for element tests: tokens, a finished assessment, a signed skillprint. */
import { createClient, routes, type Role, type SignedSkillprint } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { playAssessment, plainPlayer } from '@pfw/contract/play';

let counter = 0;

export async function tokenFor(role: Role, displayName?: string): Promise<string> {
  const secret = createClient({ baseUrl: '', credentials: () => ({ token: MOCK_KEYS.secret }) });
  return (
    await secret.request(routes.createToken, {
      body: { role, subject: `test-${role}-${Date.now()}-${counter++}`, displayName },
    })
  ).token;
}

/** A candidate who played the assessment through the API and finished: their token and signed skillprint. */
export async function candidateWithSkillprint(): Promise<{ token: string; signed: SignedSkillprint }> {
  const token = await tokenFor('candidate');
  const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
  const { signed } = await playAssessment(me, plainPlayer(1));
  return { token, signed };
}
