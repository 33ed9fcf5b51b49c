// The profile: problems solved by difficulty (bars against the bundled
// totals), acceptance rate, streak, and a calendar of the last 15 weeks'
// submissions.
import { useCallback, useEffect, useState } from 'react';
import { RefreshControl, ScrollView, Text, View } from 'react-native';

import { ErrorBanner, Header } from '../components/ui';
import { useApp } from '../state';
import { difficultyColor, useTheme } from '../theme';
import type { Stats } from '../types';

const WEEKS = 15;

/** Submissions per day (YYYY-MM-DD, UTC) from their creation times. */
export function activityByDay(dates: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of dates) {
    const k = d.slice(0, 10);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function ProfileScreen() {
  const t = useTheme();
  const { api, session } = useApp();
  const [stats, setStats] = useState<Stats | null>(null);
  const [totals, setTotals] = useState<Record<string, number>>({});
  const [days, setDays] = useState<Map<string, number>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    if (!session) return;
    setLoading(true);
    try {
      const [st, e, m, h] = await Promise.all([
        api.stats(session.user.id),
        api.problems({ difficulty: 'easy', limit: 1 }),
        api.problems({ difficulty: 'medium', limit: 1 }),
        api.problems({ difficulty: 'hard', limit: 1 }),
      ]);
      setStats(st);
      setTotals({ easy: e.total, medium: m.total, hard: h.total });
      // the calendar: up to 500 recent submissions
      const since = Date.now() - WEEKS * 7 * 86_400_000;
      const dates: string[] = [];
      for (let p = 1; p <= 5; p++) {
        const r = await api.userSubmissions(session.user.id, p, 100);
        dates.push(...r.items.map((s) => s.createdAt));
        if (r.items.length < 100 || Date.parse(r.items[r.items.length - 1].createdAt) < since) break;
      }
      setDays(activityByDay(dates));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [api, session]);
  useEffect(() => void load(), [load]);

  const today = new Date();
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (WEEKS * 7 - 1)));
  const cells: { key: string; n: number }[] = [];
  for (let i = 0; i < WEEKS * 7; i++) {
    const d = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    cells.push({ key: d, n: days.get(d) ?? 0 });
  }
  const active = cells.filter((c) => c.n > 0).length;

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title="Profile" />
      <ErrorBanner error={error} onRetry={() => void load()} />
      <ScrollView contentContainerStyle={{ padding: 16 }} refreshControl={<RefreshControl refreshing={loading} onRefresh={() => void load()} />}>
        <Text accessibilityRole="header" style={{ color: t.text, fontSize: 22, fontWeight: '700' }}>
          {session?.user.username}
        </Text>
        {stats ? (
          <>
            <View style={{ flexDirection: 'row', gap: 12, marginVertical: 12 }}>
              {[
                ['Solved', String(stats.solved.total)],
                ['Acceptance', `${stats.acceptanceRate.toFixed(1)}%`],
                ['Streak', `${stats.streak} d`],
              ].map(([k, v]) => (
                <View key={k} accessibilityLabel={`${k} ${v}`} style={{ flex: 1, backgroundColor: t.card, borderRadius: 8, padding: 12 }}>
                  <Text style={{ color: t.muted }}>{k}</Text>
                  <Text style={{ color: t.text, fontSize: 20, fontWeight: '700' }}>{v}</Text>
                </View>
              ))}
            </View>
            {(['easy', 'medium', 'hard'] as const).map((d) => {
              const n = stats.solved[d];
              const of = totals[d] ?? 0;
              return (
                <View key={d} accessibilityLabel={`${d}: ${n} of ${of} solved`} style={{ marginBottom: 10 }}>
                  <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
                    <Text style={{ color: difficultyColor[d], fontWeight: '600' }}>{d[0].toUpperCase() + d.slice(1)}</Text>
                    <Text style={{ color: t.muted }}>
                      {n} / {of}
                    </Text>
                  </View>
                  <View style={{ height: 8, borderRadius: 4, backgroundColor: t.border, overflow: 'hidden', marginTop: 4 }}>
                    <View style={{ height: 8, width: `${of ? Math.min(100, (100 * n) / of) : 0}%`, backgroundColor: difficultyColor[d] }} />
                  </View>
                </View>
              );
            })}
            <Text style={{ color: t.muted, marginTop: 4 }}>
              {stats.submissions} submissions, {stats.accepted} accepted
            </Text>
          </>
        ) : null}
        <Text style={{ color: t.text, fontWeight: '700', marginTop: 16, marginBottom: 6 }}>
          Activity: {active} active days in {WEEKS} weeks
        </Text>
        <View style={{ flexDirection: 'row' }} accessibilityLabel={`Submission calendar: ${active} active days`}>
          {Array.from({ length: WEEKS }, (_, w) => (
            <View key={w} style={{ marginRight: 3 }}>
              {cells.slice(w * 7, w * 7 + 7).map((c) => (
                <View
                  key={c.key}
                  accessibilityLabel={c.n ? `${c.key}: ${c.n} submissions` : undefined}
                  style={{ width: 16, height: 16, marginBottom: 3, borderRadius: 3, backgroundColor: c.n === 0 ? t.border : c.n < 3 ? '#7bc96f' : c.n < 6 ? '#239a3b' : '#196127' }}
                />
              ))}
            </View>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
