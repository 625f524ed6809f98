import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createClient, routes } from './index.js';

function fakeFetch(respond: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('typed client', () => {
  it('builds the path and query, and sends the token', async () => {
    const { fetch, calls } = fakeFetch(() => json({ items: [] }));
    const client = createClient({ baseUrl: 'https://api.example.nl/', fetch, credentials: () => ({ token: 'abc' }) });
    await client.request(routes.listOccupations, { query: { lang: 'en' } });
    assert.equal(calls[0]!.url, 'https://api.example.nl/v1/occupations?lang=en');
    assert.equal((calls[0]!.init.headers as Record<string, string>).authorization, 'Bearer abc');
  });

  it('sends a publishable key when there is no token, and escapes path params', async () => {
    const { fetch, calls } = fakeFetch(() => json({}, 404));
    const client = createClient({ baseUrl: '', fetch, credentials: () => ({ publishableKey: 'pk_test_1' }) });
    await assert.rejects(client.request(routes.getOccupation, { params: { id: 'kok' } }));
    assert.equal(calls[0]!.url, '/v1/occupations/kok');
    assert.equal((calls[0]!.init.headers as Record<string, string>)['x-pfw-key'], 'pk_test_1');
  });

  it('refuses bad input before sending anything, naming the field', async () => {
    const { fetch, calls } = fakeFetch(() => json({ items: [] }));
    const client = createClient({ baseUrl: '', fetch });
    await assert.rejects(client.request(routes.getOccupation, { params: { id: 'Not A Slug!' } }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.equal(error.problem.errors?.[0]?.path, 'params.id');
      return true;
    });
    assert.equal(calls.length, 0);
  });

  it('rejects a response of the wrong shape instead of passing it on', async () => {
    const { fetch } = fakeFetch(() => json({ items: [{ id: 'kok' }] }));
    const client = createClient({ baseUrl: '', fetch });
    await assert.rejects(client.request(routes.listOccupations), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 502);
      assert.ok(error.problem.errors?.some((e) => e.path.startsWith('response.items[0].')));
      return true;
    });
  });

  it('turns a problem+json answer into an ApiError with that problem', async () => {
    const problem = { type: 'x', title: 'Not found', status: 404, detail: 'There is no occupation with id "x".' };
    const { fetch } = fakeFetch(() => json(problem, 404, 'application/problem+json'));
    const client = createClient({ baseUrl: '', fetch });
    await assert.rejects(client.request(routes.getOccupation, { params: { id: 'xx' } }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.deepEqual(error.problem, problem);
      return true;
    });
  });

  it('reports an unreachable API as a 503 problem', async () => {
    const client = createClient({
      baseUrl: '',
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    await assert.rejects(
      client.request(routes.getHealth),
      (error: unknown) => error instanceof ApiError && error.status === 503,
    );
  });
});
