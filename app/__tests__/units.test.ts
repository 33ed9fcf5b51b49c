import { Api, ApiError, describeError } from '../src/api';
import { autoIndent } from '../src/components/CodeEditor';
import { highlight } from '../src/highlight';
import { parseBlocks, parseInline } from '../src/markdown';
import { activityByDay } from '../src/screens/ProfileScreen';
import { formatMemory, formatRuntime, formatScore } from '../src/screens/ResultScreen';
import { refreshDelay } from '../src/state';
import { fakeServer } from './helpers';

describe('api', () => {
  it('sends the token and builds queries', async () => {
    const s = fakeServer();
    s.on('GET', '/problems', () => ({ body: { problems: [], total: 0, page: 2, limit: 5 } }));
    const api = new Api('http://lc.test/', s.fetch as unknown as typeof fetch);
    api.token = 'abc';
    const r = await api.problems({ page: 2, limit: 5, search: 'two sum', difficulty: '' });
    expect(r.page).toBe(2);
    expect(s.calls[0].query.get('search')).toBe('two sum');
    expect(s.calls[0].query.has('difficulty')).toBe(false);
    expect(s.calls[0].headers.Authorization).toBe('Bearer abc');
  });

  it('turns failures into errors a person can read', async () => {
    const s = fakeServer();
    s.on('POST', '/submissions', () => ({ status: 429, body: { error: 'rate limited' }, headers: { 'Retry-After': '12' } }));
    s.on('GET', '/problems/9', () => ({ status: 503, body: { error: 'queue full' }, headers: { 'Retry-After': '3' } }));
    const api = new Api('http://lc.test', s.fetch as unknown as typeof fetch);
    api.token = 't';
    await expect(api.submit(1, 'python', 'x')).rejects.toMatchObject({ status: 429, retryAfter: 12 });
    const e429 = await api.submit(1, 'python', 'x').catch((e) => e);
    expect(describeError(e429)).toBe('Too many requests. Try again in 12 s.');
    const e503 = await api.problem(9).catch((e) => e);
    expect(describeError(e503)).toBe('The server is busy. Try again in 3 s.');
    const offline = new Api('http://lc.test', (async () => {
      throw new TypeError('Network request failed');
    }) as unknown as typeof fetch);
    const e0 = await offline.languages().catch((e) => e);
    expect(e0).toBeInstanceOf(ApiError);
    expect(e0.offline).toBe(true);
    expect(describeError(e0)).toMatch(/No connection/);
  });

  it('calls onUnauthorized on a 401 with a token', async () => {
    const s = fakeServer();
    s.on('GET', '/auth/me', () => ({ status: 401, body: { error: 'bad token' } }));
    const api = new Api('http://lc.test', s.fetch as unknown as typeof fetch);
    api.token = 'old';
    const hook = jest.fn();
    api.onUnauthorized = hook;
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(hook).toHaveBeenCalledTimes(1);
  });
});

describe('markdown', () => {
  it('parses headings, lists, code, tables and paragraphs', () => {
    const b = parseBlocks('# Title\n\nSome *text*\nmore.\n\n- a\n- b\n\n1. one\n2. two\n\n```\nx = 1\n```\n\n| h1 | h2 |\n|---|---|\n| 1 | 2 |\n');
    expect(b.map((x) => x.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'code', 'table']);
    expect(b[1]).toEqual({ kind: 'paragraph', text: 'Some *text* more.' });
    expect(b[3]).toMatchObject({ ordered: true, items: ['one', 'two'] });
    expect(b[4]).toEqual({ kind: 'code', text: 'x = 1' });
    expect(b[5]).toEqual({ kind: 'table', header: ['h1', 'h2'], rows: [['1', '2']] });
  });
  it('parses inline code, bold and italic', () => {
    expect(parseInline('a `b` **c** *d* e_f')).toEqual([
      { text: 'a ' },
      { text: 'b', code: true },
      { text: ' ' },
      { text: 'c', bold: true },
      { text: ' ' },
      { text: 'd', italic: true },
      { text: ' e_f' },
    ]);
  });
});

describe('editor helpers', () => {
  it('highlights keywords, strings, numbers and comments', () => {
    const t = highlight('def f(x):\n    return "a" + 42  # done\n', 'python');
    expect(t.find((x) => x.text === 'def')?.kind).toBe('keyword');
    expect(t.find((x) => x.text === '"a"')?.kind).toBe('string');
    expect(t.find((x) => x.text === '42')?.kind).toBe('number');
    expect(t.find((x) => x.text === '# done')?.kind).toBe('comment');
    const c = highlight('int x = 1; // one\n/* two */', 'cpp');
    expect(c.filter((x) => x.kind === 'comment').map((x) => x.text)).toEqual(['// one', '/* two */']);
    expect(c.map((x) => x.text).join('')).toBe('int x = 1; // one\n/* two */');
    const g = highlight('func f(a []int) int { return len(a) } // go', 'golang');
    expect(g.find((x) => x.text === 'func')?.kind).toBe('keyword');
    expect(g.find((x) => x.text === '// go')?.kind).toBe('comment');
    const r = highlight('def two_sum(nums) # ruby\nend', 'ruby');
    expect(r.find((x) => x.text === 'def')?.kind).toBe('keyword');
    expect(r.find((x) => x.text === '# ruby')?.kind).toBe('comment');
    expect(highlight('x = 1 # pypy', 'pypy3').find((x) => x.text === '# pypy')?.kind).toBe('comment');
    const cs = highlight('foreach (var x in nums) { } // c#', 'csharp');
    expect(cs.find((x) => x.text === 'foreach')?.kind).toBe('keyword');
    expect(cs.find((x) => x.text === '// c#')?.kind).toBe('comment');
    const kt = highlight('fun twoSum(nums: IntArray): Int { return 0 } // kotlin', 'kotlin');
    expect(kt.find((x) => x.text === 'fun')?.kind).toBe('keyword');
    expect(kt.find((x) => x.text === '// kotlin')?.kind).toBe('comment');
    const sc = highlight('def twoSum(nums: Array[Int]): Int = 0 // scala', 'scala');
    expect(sc.find((x) => x.text === 'def')?.kind).toBe('keyword');
    expect(sc.find((x) => x.text === '// scala')?.kind).toBe('comment');
    const rk = highlight("(define/contract (two-sum nums) ; racket\n  '())", 'racket');
    expect(rk.find((x) => x.text === 'define/contract')?.kind).toBe('keyword');
    expect(rk.some((x) => x.kind === 'plain' && x.text.includes('two-sum'))).toBe(true);
    expect(rk.find((x) => x.text === '; racket')?.kind).toBe('comment');
    const er = highlight('two_sum(Nums, Target) -> % erlang\n  case Nums of [] -> "x" end.', 'erlang');
    expect(er.find((x) => x.text === 'case')?.kind).toBe('keyword');
    expect(er.find((x) => x.text === '% erlang')?.kind).toBe('comment');
    expect(er.find((x) => x.text === '"x"')?.kind).toBe('string');
    const ex = highlight('defmodule Solution do # elixir\n  def two_sum(nums), do: "x"\nend', 'elixir');
    expect(ex.find((x) => x.text === 'defmodule')?.kind).toBe('keyword');
    expect(ex.find((x) => x.text === '# elixir')?.kind).toBe('comment');
  });
  it('indents a new line like the one above, deeper after an opener', () => {
    expect(autoIndent('    x = 1\n', 9)).toEqual({ text: '    x = 1\n    ', cursor: 14 });
    expect(autoIndent('if (a) {\n}', 8)).toEqual({ text: 'if (a) {\n    }', cursor: 13 });
    expect(autoIndent('def f():\n', 8).text).toBe('def f():\n    ');
  });
});

describe('formatting', () => {
  it('shows runtime in ms, memory in MB, activity per day', () => {
    expect(formatRuntime(0.0423)).toBe('42 ms');
    expect(formatRuntime(null)).toBe('–');
    expect(formatScore(30)).toBe('30');
    expect(formatScore(33.3333)).toBe('33.33');
    expect(formatMemory(11304)).toBe('11.0 MB');
    const m = activityByDay(['2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z', '2026-12-03T01:00:00Z']);
    expect(m.get('2026-12-01')).toBe(2);
    expect(m.get('2026-12-03')).toBe(1);
  });
  it('refreshes a token a day before it expires, halfway when shorter', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(refreshDelay('2026-12-08T00:00:00Z', now)).toBe(6 * 86_400_000);
    expect(refreshDelay('2026-12-01T02:00:00Z', now)).toBe(3_600_000);
    expect(refreshDelay('garbage', now)).toBe(60_000);
  });
});
