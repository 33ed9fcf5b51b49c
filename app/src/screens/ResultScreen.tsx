// A submission's (or a run's) result, live: Server-Sent Events while it is
// judged (polling where there are none), then the verdict in its colour,
// runtime and memory with "beats X%", the failing test's input, expected and
// actual output, the compiler's output, stdout and the code.
import { useEffect, useState } from 'react';
import { ActivityIndicator, ScrollView, Text, View } from 'react-native';

import { Button, ErrorBanner, Header } from '../components/ui';
import { CodeBlock } from '../markdown';
import { useApp } from '../state';
import { useTheme, verdictColor } from '../theme';
import { isFinished, type Submission } from '../types';
import { watchResult } from '../watch';

export function formatRuntime(s: number | null | undefined): string {
  return s == null ? '–' : `${Math.round(s * 1000)} ms`;
}

export function formatMemory(kib: number | null | undefined): string {
  return kib == null ? '–' : `${(kib / 1024).toFixed(1)} MB`;
}

/** A Kattis score: whole numbers as they are, others to two decimals. */
export function formatScore(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

export function ResultScreen({ kind, id }: { kind: 'submission' | 'run'; id: string }) {
  const t = useTheme();
  const { api, back, push } = useApp();
  const [s, setS] = useState<Submission | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [showCode, setShowCode] = useState(false);

  useEffect(() => {
    setS(null);
    return watchResult(
      api,
      kind,
      id,
      (x) => {
        setS(x);
        setError(null);
      },
      setError,
    );
  }, [api, kind, id]);

  const done = s && isFinished(s);
  const verdict = done ? (s.result ?? s.status) : s?.status === 'running' ? 'Running' : 'Pending';
  const color = done ? verdictColor(s.result) : t.muted;
  const Section = ({ title, text }: { title: string; text?: string }) =>
    text ? (
      <View style={{ marginTop: 12 }}>
        <Text style={{ color: t.muted, fontWeight: '600' }}>{title}</Text>
        <CodeBlock text={text} label={title} />
      </View>
    ) : null;

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title={kind === 'run' ? 'Run' : 'Submission'} onBack={back} />
      <ErrorBanner error={error} />
      <ScrollView contentContainerStyle={{ padding: 16 }}>
        <View accessibilityLiveRegion="polite" accessibilityLabel={`Verdict: ${verdict}`} style={{ flexDirection: 'row', alignItems: 'center', gap: 10 }}>
          {!done ? <ActivityIndicator color={t.primary} /> : null}
          <Text testID="verdict" style={{ color, fontSize: 26, fontWeight: '800' }}>
            {verdict}
          </Text>
        </View>
        {s && done && s.total != null ? (
          <Text style={{ color: t.muted, marginTop: 4 }}>
            {s.passed} / {s.total} tests passed
          </Text>
        ) : null}
        {s && done && s.score != null && s.maxScore != null ? (
          <View style={{ marginTop: 8 }} accessibilityLabel={`Score ${formatScore(s.score)} of ${formatScore(s.maxScore)}`}>
            <Text testID="score" style={{ color: t.text, fontSize: 20, fontWeight: '700' }}>
              Score {formatScore(s.score)} / {formatScore(s.maxScore)}
            </Text>
            {(s.groups ?? []).map((g) => (
              <Text key={g.name} style={{ color: verdictColor(g.result) }}>
                {g.name}: {g.result}, {formatScore(g.score)}
              </Text>
            ))}
          </View>
        ) : null}
        {s && done ? (
          <View style={{ flexDirection: 'row', gap: 12, marginTop: 12 }}>
            <View style={{ flex: 1, backgroundColor: t.card, borderRadius: 8, padding: 12 }} accessibilityLabel={`Runtime ${formatRuntime(s.runtime)}`}>
              <Text style={{ color: t.muted }}>Runtime</Text>
              <Text style={{ color: t.text, fontSize: 20, fontWeight: '700' }}>{formatRuntime(s.runtime)}</Text>
              {s.runtimeBeats != null ? <Text style={{ color: t.muted }}>Beats {s.runtimeBeats.toFixed(1)}%</Text> : null}
            </View>
            <View style={{ flex: 1, backgroundColor: t.card, borderRadius: 8, padding: 12 }} accessibilityLabel={`Memory ${formatMemory(s.memory)}`}>
              <Text style={{ color: t.muted }}>Memory</Text>
              <Text style={{ color: t.text, fontSize: 20, fontWeight: '700' }}>{formatMemory(s.memory)}</Text>
              {s.memoryBeats != null ? <Text style={{ color: t.muted }}>Beats {s.memoryBeats.toFixed(1)}%</Text> : null}
            </View>
          </View>
        ) : null}
        {s?.failingTest ? (
          <View style={{ marginTop: 8 }}>
            <Text style={{ color: t.text, fontWeight: '700', marginTop: 8 }}>Failing test {s.failingTest.name}</Text>
            <Section title="Input" text={s.failingTest.input} />
            <Section title="Expected" text={s.failingTest.expected} />
            <Section title="Output" text={s.failingTest.actual} />
          </View>
        ) : null}
        {s?.expectedOutput != null && !s.failingTest ? <Section title="Expected" text={s.expectedOutput} /> : null}
        <Section title="Compiler output" text={s?.compileOutput} />
        <Section title="Stdout" text={s?.stdout} />
        {s?.code ? (
          <View style={{ marginTop: 12 }}>
            <Button label={showCode ? 'Hide code' : `Show code (${s.language})`} kind="secondary" onPress={() => setShowCode(!showCode)} />
            {showCode ? <CodeBlock text={s.code} label="Submitted code" /> : null}
          </View>
        ) : null}
        {s && done ? (
          <View style={{ marginTop: 16 }}>
            <Button label="Back to the problem" kind="secondary" onPress={() => push({ name: 'problem', id: s.problemId })} />
          </View>
        ) : null}
      </ScrollView>
    </View>
  );
}
