/**
 * Shared by every demo page: in mock mode (?mock in the address) the msw mock answers every
 * API call in the browser, so the pages run with no server at all. The mock starts empty each
 * time, so it gets a small set of sample data first (the same seed `npm start` runs, smaller).
 */
export const mockMode = new URLSearchParams(location.search).has('mock');

/** Sample data made in mock mode: small, so a page still opens in a moment. */
export const MOCK_SEED = { employers: 3, jobs: 8, candidates: 40 } as const;

export async function setup(): Promise<void> {
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
