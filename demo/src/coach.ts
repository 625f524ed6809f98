/**
 * A participation company's page for a job coach (role coach): the caseload of job seekers who
 * gave access with a code, their files, notes and next actions, and the conversation card.
 */
import { setup } from './setup.js';
import { tokenFor } from './partner.js';

await setup();
const name = 'Fatima, trajectcoach Werkplein';
document.querySelector('#coach-name')!.textContent = name;
const token = await tokenFor('coach', 'trajectcoach-fatima', name);
document.querySelector('pfw-provider')!.token = token;
await Promise.all([import('@pfw/elements/define/pfw-provider.js'), import('@pfw/elements/define/pfw-coach-desk.js')]);
