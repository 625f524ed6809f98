/**
 * Shared by every demo page: in mock mode (?mock in the address) the msw mock answers every
 * API call in the browser, so the pages run with no server at all. The mock starts empty each
 * time, so it gets a small set of sample data first (the same seed `npm start` runs, smaller).
 */
export const mockMode = new URLSearchParams(location.search).has('mock');

/** Sample data made in mock mode: small, so a page still opens in a moment. */
export const MOCK_SEED = { employers: 3, jobs: 8, candidates: 40 } as const;

export async function setup(): Promise<void> {
  if (!mockMode) void noteWhileSampleDataIsMade();
  if (mockMode) {
    const [{ startMockApi }, { MOCK_KEYS }, { seedDemo, backdateSampleData }] = await Promise.all([
      import('@pfw/api-mock/browser'),
      import('@pfw/api-mock'),
      import('./seed.js'),
    ]);
    const mock = await startMockApi();
    document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"], a[href="/"]').forEach((a) => {
      a.href = `${a.getAttribute('href')}?mock`;
    });
    document.querySelector('[data-mode]')?.replaceChildren('Offline: nep-API in de browser');
    // Straight to the app, not through the service worker: the same API, without the round trips.
    const direct: typeof fetch = (input, init) => mock.fetch(new Request(new URL(String(input), location.href), init));
    const seeded = await seedDemo({ baseUrl: '', secretKey: MOCK_KEYS.secret, fetch: direct, ...MOCK_SEED });
    await backdateSampleData(mock.services.db, seeded.timeline);
  }
}

/**
 * On a first `npm start` the sample data is made after the pages are up: while it is, a note at
 * the top says so (lists of jobs and candidates fill up as it goes), and when it is done, that a
 * reload shows everything. Styled through the CSSOM: the pages' policy allows no inline styles.
 */
async function noteWhileSampleDataIsMade(): Promise<void> {
  const state = async (): Promise<string> => {
    try {
      const response = await fetch('/demo-backend/sample-data');
      return response.ok ? ((await response.json()) as { state: string }).state : 'ready';
    } catch {
      return 'ready';
    }
  };
  if ((await state()) !== 'making') return;
  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  note.dataset.sampleData = 'making';
  note.textContent = 'Voorbeelddata wordt gemaakt. Vacatures en kandidaten komen er de komende minuut bij.';
  Object.assign(note.style, {
    margin: '0',
    padding: '0.75rem 1rem',
    background: '#fff4d6',
    color: '#1f1f1f',
    borderBottom: '2px solid #9a7b00',
    fontFamily: 'inherit',
  });
  document.body.prepend(note);
  const timer = setInterval(() => {
    void state().then((now) => {
      if (now === 'making') return;
      clearInterval(timer);
      note.dataset.sampleData = now;
      note.textContent =
        now === 'ready'
          ? 'De voorbeelddata is klaar. Laad de pagina opnieuw om alles te zien.'
          : 'Het maken van voorbeelddata is mislukt. Kijk in het venster waar npm start draait.';
    });
  }, 3000);
}
