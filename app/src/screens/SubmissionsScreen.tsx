// Submission history, overall or for one problem, newest first; each opens its
// result and code.
import { useCallback, useEffect, useState } from 'react';
import { FlatList, Pressable, RefreshControl, Text, View } from 'react-native';

import { ErrorBanner, Header } from '../components/ui';
import { useApp } from '../state';
import { useTheme, verdictColor } from '../theme';
import type { Submission } from '../types';
import { formatMemory, formatRuntime } from './ResultScreen';

export function SubmissionsScreen({ problemId, title }: { problemId?: number; title?: string }) {
  const t = useTheme();
  const { api, session, push, back, stack } = useApp();
  const [items, setItems] = useState<Submission[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    async (p: number) => {
      if (!session) return;
      setLoading(true);
      try {
        const r = problemId ? await api.problemSubmissions(problemId, p) : await api.userSubmissions(session.user.id, p);
        setItems((old) => (p === 1 ? r.items : [...old, ...r.items.filter((x) => !old.some((o) => o.id === x.id))]));
        setTotal(r.total);
        setPage(p);
        setError(null);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [api, session, problemId],
  );
  useEffect(() => void load(1), [load]);

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title={title ? `Submissions: ${title}` : 'Submissions'} onBack={stack.length > 1 ? back : undefined} />
      <ErrorBanner error={error} onRetry={() => void load(1)} />
      <FlatList
        data={items}
        keyExtractor={(s) => s.id}
        onEndReached={() => !loading && items.length < total && void load(page + 1)}
        onEndReachedThreshold={0.5}
        refreshControl={<RefreshControl refreshing={loading && page <= 1} onRefresh={() => void load(1)} />}
        ListEmptyComponent={!loading && !error ? <Text style={{ color: t.muted, textAlign: 'center', padding: 24 }}>No submissions yet.</Text> : null}
        renderItem={({ item: s }) => {
          const verdict = s.result ?? s.status;
          return (
            <Pressable
              accessibilityRole="button"
              accessibilityLabel={`${verdict}, problem ${s.problemId}, ${s.language}, ${new Date(s.createdAt).toLocaleString()}`}
              onPress={() => push({ name: 'result', kind: 'submission', id: s.id })}
              style={{ padding: 14, borderBottomWidth: 1, borderColor: t.border, backgroundColor: t.card }}
            >
              <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
                <Text style={{ color: verdictColor(s.result), fontWeight: '700' }}>{verdict}</Text>
                <Text style={{ color: t.muted }}>{new Date(s.createdAt).toLocaleDateString()}</Text>
              </View>
              <Text style={{ color: t.muted, marginTop: 2 }}>
                Problem {s.problemId} · {s.language} · {formatRuntime(s.runtime)} · {formatMemory(s.memory)}
              </Text>
            </Pressable>
          );
        }}
      />
    </View>
  );
}
