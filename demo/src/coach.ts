/**
 * A participation company's page for a job coach (role coach): the caseload of job seekers who
 * gave access with a code, their files, notes and next actions, and the conversation card.
 */
import { setup } from './setup.js';
import { tokenFor } from './partner.js';
import { DEMO_COACH } from './seed.js';

await setup();
document.querySelector('#coach-name')!.textContent = DEMO_COACH.name;
// The coach the sample data gave eight participants.
const token = await tokenFor('coach', DEMO_COACH.subject, DEMO_COACH.name);
document.querySelector('pfw-provider')!.token = token;
await Promise.all([import('@pfw/elements/define/pfw-provider.js'), import('@pfw/elements/define/pfw-coach-desk.js')]);
