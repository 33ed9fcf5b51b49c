// One problem: the statement rendered from Markdown, its examples, limits and
// tags, and the way to the editor and to the user's submissions of it.
import { useCallback, useEffect, useState } from 'react';
import { ScrollView, Text, View } from 'react-native';

import { Button, ErrorBanner, Header, Loading, styles } from '../components/ui';
import { CodeBlock, Markdown } from '../markdown';
import { useApp } from '../state';
import { difficultyColor, useTheme } from '../theme';
import type { Problem } from '../types';

export function ProblemScreen({ id }: { id: number }) {
  const t = useTheme();
  const { api, push, back, session } = useApp();
  const [p, setP] = useState<Problem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    api.problem(id).then(setP, setError);
  }, [api, id]);
  useEffect(load, [load]);

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title={p ? p.title : 'Problem'} onBack={back} />
      <ErrorBanner error={error} onRetry={load} />
      {!p ? (
        error ? null : <Loading />
      ) : (
        <>
          <ScrollView contentContainerStyle={{ padding: 16, paddingBottom: 32 }}>
            <Text accessibilityRole="header" style={{ fontSize: 22, fontWeight: '700', color: t.text }}>
              {p.id}. {p.title}
            </Text>
            <View style={[styles.row, { marginVertical: 8, gap: 12 }]}>
              <Text style={{ color: difficultyColor[p.difficulty], fontWeight: '700' }}>
                {p.difficulty[0].toUpperCase() + p.difficulty.slice(1)}
              </Text>
              <Text style={{ color: t.muted }}>Acceptance {p.acceptanceRate.toFixed(1)}%</Text>
              <Text style={{ color: t.muted }}>
                {p.limits.time} s · {p.limits.memory} MB
              </Text>
            </View>
            <Markdown source={p.statement} />
            {p.examples?.length ? (
              <View style={{ marginTop: 12 }}>
                {p.examples.map((ex, k) => (
                  <View key={k} style={{ marginBottom: 8 }}>
                    <Text style={{ color: t.text, fontWeight: '700' }}>Example {k + 1}</Text>
                    <Text style={{ color: t.muted }}>Input</Text>
                    <CodeBlock text={ex.input.trimEnd()} label={`Example ${k + 1} input`} />
                    <Text style={{ color: t.muted }}>Output</Text>
                    <CodeBlock text={ex.output.trimEnd()} label={`Example ${k + 1} output`} />
                  </View>
                ))}
              </View>
            ) : null}
            {p.tags.length ? (
              <View style={[styles.row, { marginTop: 8 }]} accessibilityLabel={`Tags: ${p.tags.join(', ')}`}>
                {p.tags.map((g) => (
                  <Text key={g} style={{ color: t.muted, borderWidth: 1, borderColor: t.border, borderRadius: 12, paddingHorizontal: 8, paddingVertical: 2, marginRight: 6, marginBottom: 6 }}>
                    {g}
                  </Text>
                ))}
              </View>
            ) : null}
          </ScrollView>
          <View style={{ flexDirection: 'row', gap: 8, padding: 12, borderTopWidth: 1, borderColor: t.border, backgroundColor: t.card }}>
            {session ? (
              <View style={{ flex: 1 }}>
                <Button label="Submissions" kind="secondary" onPress={() => push({ name: 'submissions', problemId: p.id, title: p.title })} />
              </View>
            ) : null}
            <View style={{ flex: 1 }}>
              <Button label="Code" onPress={() => push({ name: 'editor', id: p.id })} testID="open-editor" />
            </View>
          </View>
        </>
      )}
    </View>
  );
}
