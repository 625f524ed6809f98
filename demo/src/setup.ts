/**
 * Shared by every demo page: in mock mode (?mock in the address) the msw mock answers every
 * API call in the browser, so the pages run with no server at all. The mock starts empty each
 * time, so it makes a small set of sample data in the background (the same seed `npm start` runs,
 * smaller).
 */
export const mockMode = new URLSearchParams(location.search).has('mock');

/** Sample data made in mock mode: small, so a page still opens in a moment. */
export const MOCK_SEED = { employers: 3, jobs: 8, candidates: 40 } as const;

/**
 * Start the page's API (the mock, in mock mode) and the sample-data note. Resolves with
 * `sampleData`, which settles once the sample data is there. A page whose content is the sample
 * data (HR, the programme's figures) passes `waitForSampleData`: offline, where the mock starts
 * empty on every page, it then opens once the data is made.
 */
export async function setup({ waitForSampleData = false } = {}): Promise<{ sampleData: Promise<void> }> {
  if (!mockMode) return { sampleData: noteWhileSampleDataIsMade(serverSampleData) };
  const [{ startMockApi }, { MOCK_KEYS }, { seedDemo, backdateSampleData }, template] = await Promise.all([
    import('@pfw/api-mock/browser'),
    import('@pfw/api-mock'),
    import('./seed.js'),
    emptyDatabase(),
  ]);
  const mock = await startMockApi({ template });
  document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"], a[href="/"]').forEach((a) => {
    a.href = `${a.getAttribute('href')}?mock`;
  });
  document.querySelector('[data-mode]')?.replaceChildren('Offline: nep-API in de browser');
  // Straight to the app, not through the service worker: the same API, without the round trips.
  const direct: typeof fetch = (input, init) => mock.fetch(new Request(new URL(String(input), location.href), init));
  // In the background, as on a first `npm start`: the page is usable at once, and says so.
  let state = 'making';
  const made = seedDemo({ baseUrl: '', secretKey: MOCK_KEYS.secret, fetch: direct, ...MOCK_SEED })
    .then((seeded) => backdateSampleData(mock.services.db, seeded.timeline))
    .then(
      () => void (state = 'ready'),
      (error: unknown) => {
        state = 'failed';
        console.error(error);
      },
    );
  const sampleData = noteWhileSampleDataIsMade(() => Promise.resolve(state));
  if (waitForSampleData) await made;
  return { sampleData };
}

/** The built pages carry an empty, migrated database for the mock to start from (see vite.config.ts). */
async function emptyDatabase(): Promise<Blob | undefined> {
  const { default: url } = await import('virtual:pfw-empty-database');
  if (!url) return undefined;
  const response = await fetch(url).catch(() => undefined);
  return response?.ok ? response.blob() : undefined;
}

/** Whether `npm start` is still making its sample data (the demo server knows). */
async function serverSampleData(): Promise<string> {
  try {
    const response = await fetch('/demo-backend/sample-data');
    return response.ok ? ((await response.json()) as { state: string }).state : 'ready';
  } catch {
    return 'ready';
  }
}

/**
 * On a first `npm start` (and on every offline page) the sample data is made after the page is up:
 * while it is, a note at the top says so (lists of jobs and candidates fill up as it goes), and
 * when it is done, where to see everything. Resolves then. Styled through the CSSOM: the pages'
 * policy allows no inline styles.
 */
async function noteWhileSampleDataIsMade(state: () => Promise<string>): Promise<void> {
  if ((await state()) !== 'making') return;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
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
  const timer = setInterval(
    () => {
      void state().then((now) => {
        if (now === 'making') return;
        clearInterval(timer);
        done();
        note.dataset.sampleData = now;
        note.textContent =
          now === 'ready'
            ? mockMode
              ? // Offline, a reload starts the nep-API empty again.
                'De voorbeelddata is klaar. Wat je nu opent of zoekt, laat alles zien.'
              : 'De voorbeelddata is klaar. Laad de pagina opnieuw om alles te zien.'
            : mockMode
              ? 'Het maken van voorbeelddata is mislukt. Kijk in de console van de browser.'
              : 'Het maken van voorbeelddata is mislukt. Kijk in het venster waar npm start draait.';
      });
    },
    mockMode ? 1000 : 3000,
  );
  return finished;
}
