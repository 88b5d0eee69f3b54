// The browser's only way to the service: fetch with the user's bearer token, JSON in and out.
// A response that is not 2xx becomes an ApiError carrying the status and the parsed body, so a view
// can tell a conflict (409/412) from a missing thing (404) and show the server's message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(ApiError.messageOf(status, body));
    this.name = 'ApiError';
  }

  /** The server's `error` field when there is one, else the status. */
  static messageOf(status: number, body: unknown): string {
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const error = (body as { error: unknown }).error;
      if (typeof error === 'string') return error;
    }
    return `HTTP ${status}`;
  }
}

export type RequestOptions = {
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
};

/** A response's parsed JSON body and its headers (e.g. the ETag of the published version). */
export type ApiResponse<T> = { readonly status: number; readonly body: T; readonly headers: Headers };

export type Api = {
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  /** The full response, for when headers matter. */
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
};

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** An API client for `base` (e.g. '' for the same origin) sending `token()` as the bearer token. */
export function createApi(base: string, token: () => string | null, fetchFn: FetchLike = fetch): Api {
  const request = async <T>(method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const secret = token();
    if (secret) headers.authorization = `Bearer ${secret}`;
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    if (options.signal) init.signal = options.signal;
    const res = await fetchFn(base + path, init);
    const text = await res.text();
    const body = parseBody(text);
    if (!res.ok) throw new ApiError(res.status, body);
    return { status: res.status, body: body as T, headers: res.headers };
  };
  return {
    request,
    get: async (path, options) => (await request(`GET`, path, options)).body as never,
    post: async (path, body, options) =>
      (await request('POST', path, { ...options, ...(body === undefined ? {} : { body }) })).body as never,
    delete: async (path, options) => (await request('DELETE', path, options)).body as never,
  };
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
