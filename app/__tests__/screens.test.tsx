import AsyncStorage from '@react-native-async-storage/async-storage';
import { act, fireEvent, screen, waitFor } from '@testing-library/react-native';
import * as SecureStore from 'expo-secure-store';

import { alice, fakeServer, loggedIn, openEditor, renderApp, resetStorage, standardRoutes, summary, twoSum } from './helpers';

beforeEach(async () => {
  await resetStorage();
});

describe('log in and sign up', () => {
  it('signs up, keeps the token in secure storage and shows the problems', async () => {
    const s = fakeServer();
    standardRoutes(s);
    s.on('POST', '/auth/register', (r) => ({ status: 201, body: { ...alice, user: { ...alice.user, username: (r.body as { username: string }).username } } }));
    renderApp(s);
    fireEvent.press(await screen.findByLabelText('New here: create an account'));
    fireEvent.changeText(screen.getByLabelText('Username'), 'alice');
    fireEvent.changeText(screen.getByLabelText('Email'), 'a@x.io');
    fireEvent.changeText(screen.getByLabelText('Password'), 'short');
    fireEvent.press(screen.getByLabelText('Create account'));
    expect(await screen.findByText('Password: at least 8 characters')).toBeTruthy();
    fireEvent.changeText(screen.getByLabelText('Password'), 'secret123');
    fireEvent.press(screen.getByLabelText('Create account'));
    expect(await screen.findByText('1. Two Sum')).toBeTruthy();
    const reg = s.calls.find((c) => c.path === '/auth/register');
    expect(reg?.body).toEqual({ username: 'alice', email: 'a@x.io', password: 'secret123' });
    expect(JSON.parse((await SecureStore.getItemAsync('litecode.session')) as string).token).toBe('tok-1');
  });

  it('shows the server’s error on a bad password', async () => {
    const s = fakeServer();
    s.on('POST', '/auth/login', () => ({ status: 401, body: { error: 'wrong username or password' } }));
    renderApp(s);
    fireEvent.changeText(await screen.findByLabelText('Username or email'), 'alice');
    fireEvent.changeText(screen.getByLabelText('Password'), 'nope-nope');
    fireEvent.press(screen.getByLabelText('Log in'));
    expect(await screen.findByText('wrong username or password')).toBeTruthy();
  });

  it('goes back to log in when the session expired, with a notice', async () => {
    await loggedIn();
    const s = fakeServer();
    s.on('GET', '/tags', () => ({ body: { tags: [] } }));
    s.on('GET', '/problems', () => ({ status: 401, body: { error: 'token expired' } }));
    renderApp(s);
    expect(await screen.findByText('Your session expired. Log in again.')).toBeTruthy();
    expect(screen.getByLabelText('Log in')).toBeTruthy();
    expect(await SecureStore.getItemAsync('litecode.session')).toBeNull();
  });

  it('logs out from the settings', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    s.on('POST', '/auth/logout', () => ({ body: { ok: true } }));
    renderApp(s);
    fireEvent.press(await screen.findByLabelText('Settings'));
    expect(screen.getByText('Logged in as alice (a@x.io)')).toBeTruthy();
    fireEvent.press(screen.getByLabelText('Log out'));
    expect(await screen.findByLabelText('Log in')).toBeTruthy();
    expect(s.calls.some((c) => c.path === '/auth/logout')).toBe(true);
  });
});

describe('problems', () => {
  const many = Array.from({ length: 45 }, (_, i) => summary(i + 1, `Problem ${i + 1}`, (['easy', 'medium', 'hard'] as const)[i % 3], i === 0 ? 'solved' : i === 1 ? 'attempted' : 'todo'));

  it('lists with difficulty, acceptance and marks, and scrolls into the next page', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s, many);
    renderApp(s);
    expect(await screen.findByText('1. Problem 1')).toBeTruthy();
    expect(screen.getByLabelText('Problem 1, easy, 40 percent accepted, solved')).toBeTruthy();
    expect(screen.getByLabelText('Problem 2, medium, 40 percent accepted, attempted')).toBeTruthy();
    expect(screen.getAllByText('40.0%').length).toBeGreaterThan(0);
    const list = screen.UNSAFE_getByType(require('react-native').FlatList);
    await act(async () => {
      list.props.onEndReached();
    });
    await waitFor(() => expect(s.calls.some((c) => c.path === '/problems' && c.query.get('page') === '2')).toBe(true));
  });

  it('searches and filters by difficulty, tag and status', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s, many);
    renderApp(s);
    await screen.findByText('1. Problem 1');
    fireEvent.changeText(screen.getByLabelText('Search problems'), 'Problem 4');
    expect(await screen.findByText('4. Problem 4')).toBeTruthy();
    await waitFor(() => expect(s.calls.some((c) => c.query.get('search') === 'Problem 4')).toBe(true));
    await waitFor(() => expect(screen.queryByText('2. Problem 2')).toBeNull());
    fireEvent.changeText(screen.getByLabelText('Search problems'), '');
    fireEvent.press(screen.getByLabelText('Hard'));
    await waitFor(() => expect(s.calls.some((c) => c.query.get('difficulty') === 'hard')).toBe(true));
    fireEvent.press(await screen.findByLabelText('#hashing'));
    await waitFor(() => expect(s.calls.some((c) => c.query.get('tag') === 'hashing')).toBe(true));
    fireEvent.press(screen.getByLabelText('Solved'));
    await waitFor(() => expect(s.calls.some((c) => c.query.get('status') === 'solved')).toBe(true));
  });

  it('shows a network error with a retry', async () => {
    await loggedIn();
    let down = true;
    const s = fakeServer();
    standardRoutes(s);
    const real = s.fetch.getMockImplementation() as (...a: unknown[]) => unknown;
    s.fetch.mockImplementation(async (...a: unknown[]) => {
      if (down) throw new TypeError('Network request failed');
      return real(...a);
    });
    renderApp(s);
    expect(await screen.findByText(/No connection to the server/)).toBeTruthy();
    down = false;
    fireEvent.press(screen.getByLabelText('Retry'));
    expect(await screen.findByText('1. Two Sum')).toBeTruthy();
  });
});

describe('a problem and the editor', () => {
  it('renders the statement from Markdown and opens the editor with the starter code', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    renderApp(s);
    fireEvent.press(await screen.findByText('1. Two Sum'));
    expect(await screen.findByText('Constraints')).toBeTruthy();
    expect(screen.getByText('two')).toBeTruthy(); // **two** as its own bold span
    expect(screen.getByText('nums = [2,7]')).toBeTruthy();
    expect(screen.getByText('Example 1')).toBeTruthy();
    expect(screen.getByLabelText('Tags: arrays, hashing')).toBeTruthy();
    fireEvent.press(screen.getByLabelText('Code'));
    const editor = await screen.findByTestId('code-editor');
    await waitFor(() => expect(editor.props.value).toBe(twoSum.starterCode?.cpp));
    // only the languages with starter code
    expect(screen.getByLabelText('Python 3')).toBeTruthy();
    expect(screen.queryByLabelText('Java')).toBeNull();
    fireEvent.press(screen.getByLabelText('Python 3'));
    await waitFor(() => expect(screen.getByTestId('code-editor').props.value).toBe(twoSum.starterCode?.python));
  });

  it('keeps the draft per problem and language, and the symbol row types', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    const editor = await openEditor(s);
    fireEvent.changeText(editor, 'int x');
    fireEvent(editor, 'selectionChange', { nativeEvent: { selection: { start: 5, end: 5 } } });
    fireEvent.press(screen.getByLabelText('Insert ;'));
    expect(screen.getByTestId('code-editor').props.value).toBe('int x;');
    await waitFor(async () => expect(await AsyncStorage.getItem('litecode.draft.1.cpp')).toBe('int x;'));
    // back and in again: the draft, not the starter
    fireEvent.press(screen.getByLabelText('Back'));
    fireEvent.press(await screen.findByLabelText('Code'));
    await waitFor(() => expect(screen.getByTestId('code-editor').props.value).toBe('int x;'));
  });

  it('auto-indents after Enter', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    const editor = await openEditor(s);
    fireEvent.changeText(editor, 'if (a) {');
    fireEvent.changeText(screen.getByTestId('code-editor'), 'if (a) {\n');
    expect(screen.getByTestId('code-editor').props.value).toBe('if (a) {\n    ');
  });
});

describe('submitting and the result', () => {
  function judged(s: ReturnType<typeof fakeServer>, final: object) {
    let polls = 0;
    s.on('POST', '/submissions', () => ({ status: 201, body: { submissionId: 'sub-1', status: 'pending' } }));
    s.on('GET', '/submissions/sub-1', () => {
      polls++;
      const base = { id: 'sub-1', userId: 7, problemId: 1, language: 'cpp', createdAt: '2026-12-07T10:00:00Z', code: 'int x;' };
      return { body: polls < 2 ? { ...base, status: 'running' } : { ...base, ...final } };
    });
  }

  it('submits and follows the verdict to Accepted with runtime, memory and beats', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    judged(s, { status: 'success', result: 'Accepted', runtime: 0.012, memory: 4096, passed: 20, total: 20, runtimeBeats: 87.5, memoryBeats: 40 });
    await openEditor(s);
    fireEvent.press(screen.getByLabelText('Submit'));
    expect(await screen.findByText('Running')).toBeTruthy();
    expect(await screen.findByText('Accepted', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('12 ms')).toBeTruthy();
    expect(screen.getByText('4.0 MB')).toBeTruthy();
    expect(screen.getByText('Beats 87.5%')).toBeTruthy();
    expect(screen.getByText('20 / 20 tests passed')).toBeTruthy();
    expect(screen.queryByTestId('score')).toBeNull(); // a pass-fail problem has no score
    const post = s.calls.find((c) => c.method === 'POST' && c.path === '/submissions');
    expect(post?.body).toEqual({ problemId: 1, language: 'cpp', code: twoSum.starterCode?.cpp });
  });

  it('shows the failing test and the compiler output', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    judged(s, {
      status: 'success',
      result: 'Wrong Answer',
      passed: 1,
      total: 20,
      failingTest: { name: 'sample/02', input: '[3,3]\n6\n', expected: '[0,1]\n', actual: '[1,0]\n' },
      compileOutput: 'warning: unused variable',
    });
    await openEditor(s);
    fireEvent.press(screen.getByLabelText('Submit'));
    expect(await screen.findByText('Wrong Answer', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Failing test sample/02')).toBeTruthy();
    expect(screen.getByText('[3,3]\n6')).toBeTruthy();
    expect(screen.getByText('[1,0]')).toBeTruthy();
    expect(screen.getByText('warning: unused variable')).toBeTruthy();
  });

  it('shows the score and each test group of a scoring problem', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    judged(s, {
      status: 'success',
      result: 'Wrong Answer',
      passed: 6,
      total: 8,
      score: 30,
      maxScore: 100,
      groups: [
        { name: 'sample', result: 'Accepted', score: 0 },
        { name: 'secret/group1', result: 'Accepted', score: 30 },
        { name: 'secret/group2', result: 'Wrong Answer', score: 0 },
        { name: 'secret', result: 'Wrong Answer', score: 30 },
      ],
    });
    await openEditor(s);
    fireEvent.press(screen.getByLabelText('Submit'));
    expect(await screen.findByText('Wrong Answer', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('score').props.children.join('')).toBe('Score 30 / 100');
    expect(screen.getByText('secret/group1: Accepted, 30')).toBeTruthy();
    expect(screen.getByText('secret/group2: Wrong Answer, 0')).toBeTruthy();
  });

  it('says when to retry after a 429, keeping the code', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    s.on('POST', '/submissions', () => ({ status: 429, body: { error: 'rate limited' }, headers: { 'Retry-After': '30' } }));
    const editor = await openEditor(s);
    fireEvent.changeText(editor, 'my code');
    fireEvent.press(screen.getByLabelText('Submit'));
    expect(await screen.findByText('Too many requests. Try again in 30 s.')).toBeTruthy();
    expect(screen.getByTestId('code-editor').props.value).toBe('my code');
  });

  it('runs on a custom input', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    s.on('POST', '/run', () => ({ status: 202, body: { runId: 'run-1', status: 'pending' } }));
    s.on('GET', '/runs/run-1', () => ({
      body: { id: 'run-1', userId: 7, problemId: 1, language: 'cpp', createdAt: '2026-12-07T10:00:00Z', status: 'success', result: 'Accepted', stdout: 'debug line\n', expectedOutput: '[0,1]\n' },
    }));
    await openEditor(s);
    fireEvent(screen.getByLabelText('Run with custom input'), 'valueChange', true);
    fireEvent.changeText(screen.getByLabelText('Custom input'), '[1,2]\n3\n');
    fireEvent.press(screen.getByLabelText('Run'));
    expect(await screen.findByText('Accepted')).toBeTruthy();
    expect(screen.getByText('debug line')).toBeTruthy();
    const run = s.calls.find((c) => c.path === '/run');
    expect(run?.body).toMatchObject({ problemId: 1, input: '[1,2]\n3\n' });
  });
});

describe('history and profile', () => {
  const sub = (id: string, result: string, createdAt: string) => ({ id, userId: 7, problemId: 1, language: 'python', status: 'success', result, runtime: 0.05, memory: 9000, createdAt });

  it('lists submissions and opens one with its code', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s);
    s.on('GET', '/users/7/submissions', () => ({ body: { submissions: [sub('s2', 'Accepted', '2026-12-06T10:00:00Z'), sub('s1', 'Wrong Answer', '2026-12-05T10:00:00Z')], total: 2, page: 1, limit: 20 } }));
    s.on('GET', '/submissions/s1', () => ({ body: { ...sub('s1', 'Wrong Answer', '2026-12-05T10:00:00Z'), code: 'print(1)' } }));
    renderApp(s);
    fireEvent.press(await screen.findByLabelText('Submissions'));
    expect(await screen.findByText('Accepted')).toBeTruthy();
    fireEvent.press(screen.getByText('Wrong Answer'));
    fireEvent.press(await screen.findByLabelText('Show code (python)'));
    expect(screen.getByText('print(1)')).toBeTruthy();
  });

  it('shows solved counts, acceptance, streak and the activity calendar', async () => {
    await loggedIn();
    const s = fakeServer();
    standardRoutes(s, [summary(1, 'A', 'easy'), summary(2, 'B', 'easy'), summary(3, 'C', 'hard')]);
    s.on('GET', '/users/7/stats', () => ({ body: { solved: { easy: 1, medium: 0, hard: 1, total: 2 }, submissions: 5, accepted: 2, acceptanceRate: 40, streak: 3 } }));
    const today = new Date().toISOString();
    s.on('GET', '/users/7/submissions', () => ({ body: { submissions: [sub('a', 'Accepted', today), sub('b', 'Accepted', today)], total: 2, page: 1, limit: 100 } }));
    renderApp(s);
    fireEvent.press(await screen.findByLabelText('Profile'));
    expect(await screen.findByLabelText('Solved 2')).toBeTruthy();
    expect(screen.getByLabelText('Acceptance 40.0%')).toBeTruthy();
    expect(screen.getByLabelText('Streak 3 d')).toBeTruthy();
    expect(await screen.findByLabelText('easy: 1 of 2 solved')).toBeTruthy();
    expect(screen.getByLabelText('hard: 1 of 1 solved')).toBeTruthy();
    expect(await screen.findByLabelText(`${today.slice(0, 10)}: 2 submissions`)).toBeTruthy();
  });

  it('changes the server address after checking it answers', async () => {
    const s = fakeServer();
    renderApp(s);
    fireEvent.press(await screen.findByLabelText('Server address'));
    fireEvent.changeText(screen.getByTestId('server'), 'not a url');
    fireEvent.press(screen.getByLabelText('Save address'));
    expect(await screen.findByText('Enter an address like http://192.168.1.20:8080')).toBeTruthy();
    const realFetch = global.fetch;
    global.fetch = s.fetch as unknown as typeof fetch;
    s.on('GET', '/ping', () => ({ body: { message: 'pong' } }));
    try {
      fireEvent.changeText(screen.getByTestId('server'), 'http://192.168.1.20:8080');
      fireEvent.press(screen.getByLabelText('Save address'));
      expect(await screen.findByText('Server: http://192.168.1.20:8080')).toBeTruthy();
      expect(await AsyncStorage.getItem('litecode.server')).toBe('http://192.168.1.20:8080');
    } finally {
      global.fetch = realFetch;
    }
  });
});
