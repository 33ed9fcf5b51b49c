// The app's shared state: the server address, the API client, the session
// (kept across restarts and refreshed before it expires) and the navigation
// stack. Screens read it with useApp().
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Platform } from 'react-native';

import { Api, ApiError } from './api';
import { keys, localStore, secureStore } from './storage';
import type { Session } from './types';

export type Route =
  | { name: 'problems' }
  | { name: 'problem'; id: number }
  | { name: 'editor'; id: number }
  | { name: 'result'; kind: 'submission' | 'run'; id: string }
  | { name: 'submissions'; problemId?: number; title?: string }
  | { name: 'profile' }
  | { name: 'settings' };

export type Tab = 'problems' | 'submissions' | 'profile' | 'settings';

export interface AppState {
  api: Api;
  server: string;
  setServer: (url: string) => Promise<void>;
  ready: boolean;
  session: Session | null;
  notice: string | null;
  setNotice: (m: string | null) => void;
  login: (login: string, password: string) => Promise<void>;
  register: (username: string, email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  stack: Route[];
  route: Route;
  push: (r: Route) => void;
  back: () => void;
  tab: (t: Tab) => void;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useApp outside AppProvider');
  return s;
}

/** The server the app talks to when none was chosen: the page's own origin on the web
 *  (the build served by `litecode serve`), else a server on this machine. */
export function defaultServer(): string {
  if (Platform.OS === 'web' && typeof window !== 'undefined' && /^https?:$/.test(window.location?.protocol ?? '')) {
    return window.location.origin;
  }
  return 'http://localhost:8080';
}

/** When to refresh a token: a day before it expires, or halfway for short ones. */
export function refreshDelay(expiresAt: string, now = Date.now()): number {
  const left = Date.parse(expiresAt) - now;
  if (!Number.isFinite(left)) return 60_000;
  return Math.max(0, left > 2 * 86_400_000 ? left - 86_400_000 : left / 2);
}

interface Props {
  children: ReactNode;
  fetchImpl?: typeof fetch;
  server?: string;
}

export function AppProvider({ children, fetchImpl, server: initialServer }: Props) {
  const [server, setServerState] = useState(initialServer ?? defaultServer());
  const api = useMemo(() => new Api(server, fetchImpl), [server, fetchImpl]);
  const [ready, setReady] = useState(false);
  const [session, setSession] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stack, setStack] = useState<Route[]>([{ name: 'problems' }]);
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current = session;
  api.token = session?.token ?? null;

  const saveSession = useCallback(async (s: Session | null) => {
    setSession(s);
    if (s) await secureStore.set(keys.session, JSON.stringify(s));
    else await secureStore.remove(keys.session);
  }, []);

  // start: the saved server address and session
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const saved = initialServer ? null : await localStore.get(keys.server);
        if (saved && live) setServerState(saved);
        const raw = await secureStore.get(keys.session);
        if (raw && live) {
          const s = JSON.parse(raw) as Session;
          if (Date.parse(s.expiresAt) > Date.now()) setSession(s);
          else {
            await secureStore.remove(keys.session);
            setNotice('Your session expired. Log in again.');
          }
        }
      } catch {
        // a damaged saved session: start logged out
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [initialServer]);

  const expire = useCallback(() => {
    if (!sessionRef.current) return;
    void saveSession(null);
    setNotice('Your session expired. Log in again.');
    setStack([{ name: 'problems' }]);
  }, [saveSession]);

  useEffect(() => {
    api.onUnauthorized = expire;
  }, [api, expire]);

  // refresh the token before it expires
  useEffect(() => {
    if (!session) return;
    const t = setTimeout(async () => {
      try {
        const r = await api.refresh();
        await saveSession({ ...session, token: r.token, expiresAt: r.expiresAt });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) expire();
      }
    }, refreshDelay(session.expiresAt));
    return () => clearTimeout(t);
  }, [api, session, saveSession, expire]);

  const login = useCallback(
    async (who: string, password: string) => {
      const s = await api.login(who, password);
      setNotice(null);
      await saveSession(s);
    },
    [api, saveSession],
  );

  const register = useCallback(
    async (username: string, email: string, password: string) => {
      const s = await api.register(username, email, password);
      setNotice(null);
      await saveSession(s);
    },
    [api, saveSession],
  );

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // logged out locally whatever the server says
    }
    await saveSession(null);
    setStack([{ name: 'problems' }]);
  }, [api, saveSession]);

  const setServer = useCallback(async (url: string) => {
    const clean = url.trim().replace(/\/+$/, '');
    await localStore.set(keys.server, clean);
    setServerState(clean);
  }, []);

  const value: AppState = {
    api,
    server,
    setServer,
    ready,
    session,
    notice,
    setNotice,
    login,
    register,
    logout,
    stack,
    route: stack[stack.length - 1],
    push: (r) => setStack((s) => [...s, r]),
    back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    tab: (t) => setStack([{ name: t }]),
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
