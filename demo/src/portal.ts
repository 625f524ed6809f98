import { createClient, routes } from '@pfw/contract';
import { itemBank } from '@pfw/core/psychometrics';
import { tokenFor } from './partner.js';
import { setup } from './setup.js';

await setup();
await import('@pfw/elements/define/pfw-provider.js');
await import('@pfw/elements/define/pfw-skillprint.js');

const token = await tokenFor('candidate', 'demo-werkzoekende');
const me = createClient({ baseUrl: '', credentials: () => ({ token }) });

/**
 * Until <pfw-assessment> exists, the demo answers a short assessment with simulated answers so
 * there is a skillprint to show. It says so on the page.
 */
async function simulatedSkillprint(): Promise<string> {
  const session = await me.request(routes.startAssessment, { body: { lang: 'nl' } });
  const now = new Date().toISOString();
  const cards = itemBank.filter((i) => i.format === 'card');
  let n = 0;
  for (const skill of new Set(cards.map((c) => c.skillId))) {
    for (const item of cards.filter((c) => c.skillId === skill).slice(0, 4)) {
      await me.request(routes.putResponse, { params: { id: session.id, itemId: item.id }, body: { itemId: item.id, choice: (n++ * 7) % 4, durationMs: 5000, answeredAt: now } });
    }
  }
  return (await me.request(routes.completeAssessment, { params: { id: session.id } })).skillprint.id;
}

const existing = (await me.request(routes.listMySkillprints)).items[0];
const id = existing?.skillprint.id ?? (await simulatedSkillprint());
const provider = document.querySelector('pfw-provider')!;
provider.token = token;
const card = document.createElement('pfw-skillprint');
card.setAttribute('skillprint-id', id);
card.setAttribute('share-url', `${location.origin}/portal.html?share=`);
card.sharing = true;
const shared = new URLSearchParams(location.search).get('share');
if (shared) {
  card.removeAttribute('skillprint-id');
  card.sharing = false;
  card.setAttribute('share-token', shared);
}
document.querySelector('#skillprint')!.replaceChildren(card);
