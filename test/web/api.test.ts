// The API client sends the bearer token and JSON, and turns a non-2xx answer into an ApiError
// carrying the status and the server's message.
import { describe, expect, it } from 'vitest';
import { ApiError, createApi, type FetchLike } from '../../src/web/api.ts';

type Seen = { url: string; init: RequestInit };

function fakeFetch(status: number, body: string, seen: Seen[]): FetchLike {
  return async (url, init) => {
    seen.push({ url, init });
    return new Response(body, { status, headers: { 'content-type': 'application/json', etag: '"4"' } });
  };
}

describe('the API client', () => {
  it('sends the stored token and a JSON body, and parses the answer', async () => {
    const seen: Seen[] = [];
    const api = createApi('http://x', () => 'secret', fakeFetch(202, '{"id":"j1"}', seen));
    expect(await api.post('/plans', { scenarioId: 's' })).toEqual({ id: 'j1' });
    const headers = seen[0]!.init.headers as Record<string, string>;
    expect(seen[0]!.url).toBe('http://x/plans');
    expect(headers.authorization).toBe('Bearer secret');
    expect(headers['content-type']).toBe('application/json');
    expect(seen[0]!.init.body).toBe('{"scenarioId":"s"}');
  });

  it('sends no authorization header without a token', async () => {
    const seen: Seen[] = [];
    await createApi('', () => null, fakeFetch(200, '{}', seen)).get('/me');
    expect((seen[0]!.init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('throws an ApiError with the status and the server’s message', async () => {
    const api = createApi('', () => 't', fakeFetch(412, '{"error":"the published plan has changed"}', []));
    const error = await api.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
    expect((error as ApiError).message).toBe('the published plan has changed');
  });

  it('gives the headers of a full request', async () => {
    const res = await createApi('', () => 't', fakeFetch(200, '', [])).request('GET', '/published/s');
    expect(res.body).toBeNull();
    expect(res.headers.get('etag')).toBe('"4"');
  });

  it('names the status when the error body is not JSON', () => {
    expect(new ApiError(502, '<html>').message).toBe('HTTP 502');
  });
});
