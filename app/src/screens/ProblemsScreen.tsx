// The problem list: search, filters by difficulty, tag and status, infinite
// scroll over the API's pages, pull to refresh, difficulty colours,
// acceptance rates and solved / attempted marks.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FlatList, Pressable, RefreshControl, ScrollView, Text, TextInput, View } from 'react-native';

import type { ListQuery } from '../api';
import { Chip, ErrorBanner, Header, styles } from '../components/ui';
import { useApp } from '../state';
import { difficultyColor, useTheme } from '../theme';
import type { ProblemSummary } from '../types';

const PAGE = 20;

export function ProblemsScreen() {
  const t = useTheme();
  const { api, push, session } = useApp();
  const [items, setItems] = useState<ProblemSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [search, setSearch] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const gen = useRef(0);

  const load = useCallback(
    async (p: number, replace: boolean) => {
      const my = replace ? ++gen.current : gen.current;
      setLoading(true);
      try {
        const q: ListQuery = { page: p, limit: PAGE, search: search.trim(), difficulty, tag, status: session ? status : '' };
        const r = await api.problems(q);
        if (my !== gen.current) return;
        setItems((old) => (replace ? r.items : [...old, ...r.items.filter((x) => !old.some((o) => o.id === x.id))]));
        setTotal(r.total);
        setPage(p);
        setError(null);
      } catch (e) {
        if (my === gen.current) setError(e);
      } finally {
        if (my === gen.current) {
          setLoading(false);
          setRefreshing(false);
        }
      }
    },
    [api, search, difficulty, tag, status, session],
  );

  useEffect(() => {
    const h = setTimeout(() => void load(1, true), search ? 250 : 0);
    return () => clearTimeout(h);
  }, [load, search]);

  useEffect(() => {
    api.tags().then(setTags, () => setTags([]));
  }, [api]);

  const more = () => {
    if (!loading && items.length < total) void load(page + 1, false);
  };

  const mark = (p: ProblemSummary) =>
    p.status === 'solved' ? '✓' : p.status === 'attempted' ? '○' : ' ';

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title="Problems" />
      <View style={{ paddingHorizontal: 12, paddingTop: 8 }}>
        <TextInput
          style={[styles.input, { color: t.text, borderColor: t.border, backgroundColor: t.card, marginBottom: 8 }]}
          placeholder="Search problems"
          placeholderTextColor={t.muted}
          accessibilityLabel="Search problems"
          value={search}
          onChangeText={setSearch}
          autoCapitalize="none"
          testID="search"
        />
        <View style={styles.row}>
          {['', 'easy', 'medium', 'hard'].map((d) => (
            <Chip key={d || 'all'} label={d ? d[0].toUpperCase() + d.slice(1) : 'All'} color={d ? difficultyColor[d] : undefined} selected={difficulty === d} onPress={() => setDifficulty(d)} />
          ))}
          {session
            ? [['solved', 'Solved'], ['attempted', 'Attempted'], ['todo', 'To do']].map(([v, l]) => (
                <Chip key={v} label={l} selected={status === v} onPress={() => setStatus(status === v ? '' : v)} />
              ))
            : null}
        </View>
        {tags.length ? (
          <ScrollView horizontal showsHorizontalScrollIndicator={false} accessibilityLabel="Tags" style={{ flexGrow: 0 }}>
            {tags.map((g) => (
              <Chip key={g} label={`#${g}`} selected={tag === g} onPress={() => setTag(tag === g ? '' : g)} />
            ))}
          </ScrollView>
        ) : null}
      </View>
      <ErrorBanner error={error} onRetry={() => void load(1, true)} />
      <FlatList
        data={items}
        keyExtractor={(p) => String(p.id)}
        onEndReached={more}
        onEndReachedThreshold={0.5}
        refreshControl={<RefreshControl refreshing={refreshing} onRefresh={() => { setRefreshing(true); void load(1, true); }} />}
        ListEmptyComponent={!loading && !error ? <Text style={{ color: t.muted, textAlign: 'center', padding: 24 }}>No problems match.</Text> : null}
        ListFooterComponent={loading ? <Text style={{ color: t.muted, textAlign: 'center', padding: 12 }}>Loading…</Text> : null}
        renderItem={({ item: p }) => (
          <Pressable
            accessibilityRole="button"
            accessibilityLabel={`${p.title}, ${p.difficulty}, ${Math.round(p.acceptanceRate)} percent accepted${p.status && p.status !== 'todo' ? ', ' + p.status : ''}`}
            onPress={() => push({ name: 'problem', id: p.id })}
            style={{ flexDirection: 'row', alignItems: 'center', padding: 14, borderBottomWidth: 1, borderColor: t.border, backgroundColor: t.card }}
          >
            <Text style={{ width: 20, color: p.status === 'solved' ? '#2e9d4f' : t.muted }}>{mark(p)}</Text>
            <Text style={{ flex: 1, color: t.text, fontSize: 16 }} numberOfLines={1}>
              {p.id}. {p.title}
            </Text>
            <Text style={{ color: t.muted, width: 56, textAlign: 'right' }}>{p.acceptanceRate.toFixed(1)}%</Text>
            <Text style={{ color: difficultyColor[p.difficulty], width: 72, marginLeft: 8, textAlign: 'right', fontWeight: '600' }}>
              {p.difficulty[0].toUpperCase() + p.difficulty.slice(1)}
            </Text>
          </Pressable>
        )}
      />
    </View>
  );
}
