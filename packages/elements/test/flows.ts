/** Real flows through the offline API, for element tests: tokens, a finished assessment, a signed skillprint. */
import { createClient, routes, type Role, type SignedSkillprint } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { itemBank } from '@pfw/core/psychometrics';

let counter = 0;

export async function tokenFor(role: Role, displayName?: string): Promise<string> {
  const secret = createClient({ baseUrl: '', credentials: () => ({ token: MOCK_KEYS.secret }) });
  return (
    await secret.request(routes.createToken, {
      body: { role, subject: `test-${role}-${Date.now()}-${counter++}`, displayName },
    })
  ).token;
}

/** A candidate who answered one card per skill and finished: their token and signed skillprint. */
export async function candidateWithSkillprint(): Promise<{ token: string; signed: SignedSkillprint }> {
  const token = await tokenFor('candidate');
  const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
  const session = await me.request(routes.startAssessment, { body: { lang: 'nl' } });
  const skills = [...new Set(itemBank.map((i) => i.skillId))];
  const now = new Date().toISOString();
  for (const [n, skill] of skills.entries()) {
    for (const item of itemBank.filter((i) => i.skillId === skill && i.format === 'card').slice(0, 2)) {
      await me.request(routes.putResponse, {
        params: { id: session.id, itemId: item.id },
        body: { itemId: item.id, choice: (n + 1) % 4, durationMs: 4000, answeredAt: now },
      });
    }
  }
  const signed = await me.request(routes.completeAssessment, { params: { id: session.id } });
  return { token, signed };
}
