// LiteCode's HTTP API over fetch. Every failure becomes an ApiError the
// screens can show: no network (status 0), the server's JSON `error`, and the
// `Retry-After` of 429 and 503.
import type {
  Language,
  Problem,
  ProblemSummary,
  Session,
  Stats,
  Submission,
  User,
} from './types';

export class ApiError extends Error {
  status: number;
  retryAfter: number | null;

  constructor(status: number, message: string, retryAfter: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.retryAfter = retryAfter;
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/** A sentence for a person: what went wrong and what to do. */
export function describeError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.offline) return 'No connection to the server. Check your network or the server address.';
    if (e.status === 429 || e.status === 503) {
      const wait = e.retryAfter != null ? ` Try again in ${e.retryAfter} s.` : ' Try again shortly.';
      return (e.status === 429 ? 'Too many requests.' : 'The server is busy.') + wait;
    }
    if (e.status >= 500) return `Server error (${e.status}): ${e.message}`;
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

export interface ListQuery {
  page?: number;
  limit?: number;
  search?: string;
  difficulty?: string;
  tag?: string;
  status?: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

type Fetch = typeof fetch;

export class Api {
  baseUrl: string;
  token: string | null = null;
  /** Called when the server says the session is no longer valid (401). */
  onUnauthorized: (() => void) | null = null;
  private fetchImpl: Fetch;

  constructor(baseUrl: string, fetchImpl?: Fetch) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.fetchImpl = fetchImpl ?? ((input, init) => fetch(input, init));
  }

  url(path: string): string {
    return this.baseUrl + path;
  }

  async request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && this.token) headers.Authorization = `Bearer ${this.token}`;
    let res: Response;
    try {
      res = await this.fetchImpl(this.url(path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'No connection to the server');
    }
    const text = await res.text();
    let data: unknown = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
    if (!res.ok) {
      const msg =
        data && typeof data === 'object' && 'error' in data
          ? String((data as { error: unknown }).error)
          : `HTTP ${res.status}`;
      const ra = res.headers.get('Retry-After');
      const retry = ra != null && /^\d+$/.test(ra) ? Number(ra) : null;
      if (res.status === 401 && auth && this.token && this.onUnauthorized) this.onUnauthorized();
      throw new ApiError(res.status, msg, retry);
    }
    return data as T;
  }

  register(username: string, email: string, password: string): Promise<Session> {
    return this.request('POST', '/auth/register', { username, email, password }, false);
  }

  login(login: string, password: string): Promise<Session> {
    return this.request('POST', '/auth/login', { login, password }, false);
  }

  logout(): Promise<{ ok: boolean }> {
    return this.request('POST', '/auth/logout');
  }

  refresh(): Promise<{ token: string; expiresAt: string }> {
    return this.request('POST', '/auth/refresh');
  }

  me(): Promise<User> {
    return this.request('GET', '/auth/me');
  }

  async problems(q: ListQuery = {}): Promise<Paged<ProblemSummary>> {
    const r = await this.request<{ problems: ProblemSummary[]; total: number; page: number; limit: number }>(
      'GET',
      '/problems' + query({ ...q }),
    );
    return { items: r.problems, total: r.total, page: r.page, limit: r.limit };
  }

  problem(idOrSlug: number | string): Promise<Problem> {
    return this.request('GET', `/problems/${encodeURIComponent(String(idOrSlug))}`);
  }

  async tags(): Promise<string[]> {
    const r = await this.request<{ tags: { id: number; name: string }[] }>('GET', '/tags', undefined, false);
    return r.tags.map((t) => t.name);
  }

  async languages(): Promise<Language[]> {
    const r = await this.request<{ languages: Language[] }>('GET', '/languages', undefined, false);
    return r.languages;
  }

  submit(problemId: number, language: string, code: string): Promise<{ submissionId: string }> {
    return this.request('POST', '/submissions', { problemId, language, code });
  }

  run(problemId: number, language: string, code: string, input?: string): Promise<{ runId: string }> {
    const body: Record<string, unknown> = { problemId, language, code };
    if (input !== undefined) body.input = input;
    return this.request('POST', '/run', body);
  }

  /** A submission, or with kind 'run' a run. */
  result(kind: 'submission' | 'run', id: string): Promise<Submission> {
    return this.request('GET', `/${kind === 'run' ? 'runs' : 'submissions'}/${encodeURIComponent(id)}`);
  }

  eventsUrl(kind: 'submission' | 'run', id: string): string {
    const base = `/${kind === 'run' ? 'runs' : 'submissions'}/${encodeURIComponent(id)}/events`;
    return this.url(base + (this.token ? `?access_token=${encodeURIComponent(this.token)}` : ''));
  }

  async userSubmissions(userId: number, page = 1, limit = 20): Promise<Paged<Submission>> {
    const r = await this.request<{ submissions: Submission[]; total: number; page: number; limit: number }>(
      'GET',
      `/users/${userId}/submissions` + query({ page, limit }),
    );
    return { items: r.submissions, total: r.total, page: r.page, limit: r.limit };
  }

  async problemSubmissions(problemId: number, page = 1, limit = 20): Promise<Paged<Submission>> {
    const r = await this.request<{ submissions: Submission[]; total: number; page: number; limit: number }>(
      'GET',
      `/problems/${problemId}/submissions` + query({ page, limit }),
    );
    return { items: r.submissions, total: r.total, page: r.page, limit: r.limit };
  }

  stats(userId: number): Promise<Stats> {
    return this.request('GET', `/users/${userId}/stats`, undefined, false);
  }
}

function query(q: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '') continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? '?' + parts.join('&') : '';
}
