// A fake LiteCode server at the fetch level: routes by method and path, records every call.
import AsyncStorage from '@react-native-async-storage/async-storage';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import * as SecureStore from 'expo-secure-store';

import { Root } from '../src/Root';
import { AppProvider } from '../src/state';
import type { Problem, ProblemSummary, Session } from '../src/types';

export type Handler = (req: { method: string; path: string; query: URLSearchParams; body: unknown; headers: Record<string, string> }) =>
  | { status?: number; body?: unknown; headers?: Record<string, string> }
  | undefined;

export interface FakeServer {
  fetch: jest.Mock;
  calls: { method: string; path: string; query: URLSearchParams; body: unknown; headers: Record<string, string> }[];
  on: (method: string, path: string | RegExp, h: Handler) => void;
}

export function fakeServer(): FakeServer {
  const routes: { method: string; path: string | RegExp; h: Handler }[] = [];
  const calls: FakeServer['calls'] = [];
  const fetch = jest.fn(async (input: string, init?: RequestInit) => {
    const u = new URL(input);
    const req = {
      method: init?.method ?? 'GET',
      path: u.pathname,
      query: u.searchParams,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    calls.push(req);
    // the newest handler for a route wins
    for (let i = routes.length - 1; i >= 0; i--) {
      const r = routes[i];
      const match = typeof r.path === 'string' ? r.path === req.path : r.path.test(req.path);
      if (r.method !== req.method || !match) continue;
      const res = r.h(req);
      if (!res) continue;
      const status = res.status ?? 200;
      const headers = res.headers ?? {};
      return {
        ok: status >= 200 && status < 300,
        status,
        headers: { get: (k: string) => headers[k] ?? null },
        text: async () => (res.body === undefined ? '' : JSON.stringify(res.body)),
      };
    }
    return { ok: false, status: 404, headers: { get: () => null }, text: async () => JSON.stringify({ error: 'not found' }) };
  });
  return { fetch, calls, on: (method, path, h) => routes.push({ method, path, h }) };
}

export const alice: Session = {
  token: 'tok-1',
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  user: { id: 7, username: 'alice', email: 'a@x.io', isAdmin: false, createdAt: '2026-12-01T00:00:00Z' },
};

export const twoSum: Problem = {
  id: 1,
  slug: 'two-sum',
  title: 'Two Sum',
  difficulty: 'easy',
  tags: ['arrays', 'hashing'],
  acceptanceRate: 51.5,
  submissions: 200,
  accepted: 103,
  functionProblem: true,
  statement: 'Given an array `nums`, return **two** indices.\n\n## Constraints\n\n- `2 <= nums.length`\n- one answer\n\n```\nnums = [2,7]\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  examples: [{ input: '[2,7,11,15]\n9\n', output: '[0,1]\n' }],
  starterCode: { python: 'class Solution:\n    def twoSum(self, nums, target):\n        pass\n', cpp: 'class Solution {\n};\n' },
  limits: { time: 2, memory: 256 },
};

export function summary(id: number, title: string, difficulty: ProblemSummary['difficulty'], status?: ProblemSummary['status']): ProblemSummary {
  return { id, slug: title.toLowerCase().replace(/ /g, '-'), title, difficulty, tags: ['arrays'], acceptanceRate: 40, submissions: 10, accepted: 4, functionProblem: true, status };
}

/** The common routes of a logged-in user's session. */
export function standardRoutes(s: FakeServer, problems: ProblemSummary[] = [summary(1, 'Two Sum', 'easy', 'solved')]) {
  s.on('GET', '/problems', (r) => {
    const page = Number(r.query.get('page') ?? 1);
    const limit = Number(r.query.get('limit') ?? 20);
    const search = (r.query.get('search') ?? '').toLowerCase();
    const diff = r.query.get('difficulty') ?? '';
    const all = problems.filter((p) => (!search || p.title.toLowerCase().includes(search)) && (!diff || p.difficulty === diff));
    return { body: { problems: all.slice((page - 1) * limit, page * limit), total: all.length, page, limit } };
  });
  s.on('GET', '/tags', () => ({ body: { tags: [{ id: 1, name: 'arrays' }, { id: 2, name: 'hashing' }] } }));
  s.on('GET', /^\/problems\/(1|two-sum)$/, () => ({ body: twoSum }));
  s.on('GET', '/languages', () => ({
    body: { languages: [{ id: 'cpp', name: 'C++', version: '19' }, { id: 'python', name: 'Python 3', version: '3.11' }, { id: 'java', name: 'Java', version: '17' }] },
  }));
}

export async function loggedIn(session: Session = alice) {
  await SecureStore.setItemAsync('litecode.session', JSON.stringify(session));
}

export function renderApp(s: FakeServer) {
  return render(
    <AppProvider fetchImpl={s.fetch as unknown as typeof fetch} server="http://lc.test">
      <Root />
    </AppProvider>,
  );
}

export async function resetStorage() {
  const ss = SecureStore as unknown as { __store: Map<string, string> };
  ss.__store.clear();
  await AsyncStorage.clear();
}

/** Renders the app and opens Two Sum's editor, once its starter code (C++, the first language) is in. */
export async function openEditor(s: FakeServer) {
  renderApp(s);
  fireEvent.press(await screen.findByText('1. Two Sum'));
  fireEvent.press(await screen.findByLabelText('Code'));
  const editor = await screen.findByTestId('code-editor');
  await waitFor(() => expect(editor.props.value).toBe(twoSum.starterCode?.cpp));
  return editor;
}
