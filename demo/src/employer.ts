import { setup } from './setup.js';

await setup();
// Widgets after the mock, so their first request is answered.
await import('@pfw/elements/define/pfw-provider.js');
await import('@pfw/elements/define/pfw-occupation-picker.js');

const picker = document.querySelector('pfw-occupation-picker')!;
const output = document.querySelector<HTMLOutputElement>('#chosen')!;
picker.addEventListener('change', () => {
  const occupation = picker.selectedOccupation;
  output.value = occupation ? `${occupation.title.nl} (ISCO ${occupation.isco08}, ${occupation.requirements.length} vaardigheden)` : '';
});
