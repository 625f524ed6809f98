/**
 * Shared by every demo page: in mock mode (?mock in the address) the msw mock answers every
 * API call in the browser, so the pages run with no server at all.
 */
export const mockMode = new URLSearchParams(location.search).has('mock');

export async function setup(): Promise<void> {
  if (mockMode) {
    const { startMockApi } = await import('@pfw/api-mock/browser');
    await startMockApi();
    document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"], a[href="/"]').forEach((a) => {
      a.href = `${a.getAttribute('href')}?mock`;
    });
    document.querySelector('[data-mode]')?.replaceChildren('Offline: nep-API in de browser');
  }
}
