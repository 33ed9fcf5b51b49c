// The editor: the language picker with the problem's starter code per
// language, the draft kept per problem and language (saved as you type, so a
// crash, a reload or an expired session loses nothing), Run on the samples or
// a custom input, and Submit.
import { useEffect, useRef, useState } from 'react';
import { ScrollView, Switch, Text, TextInput, View } from 'react-native';

import { CodeEditor } from '../components/CodeEditor';
import { Button, Chip, ErrorBanner, Header, Loading, styles } from '../components/ui';
import { useApp } from '../state';
import { keys, localStore } from '../storage';
import { useTheme } from '../theme';
import type { Language, Problem } from '../types';

export function EditorScreen({ id }: { id: number }) {
  const t = useTheme();
  const { api, back, push } = useApp();
  const [p, setP] = useState<Problem | null>(null);
  const [langs, setLangs] = useState<Language[]>([]);
  const [lang, setLang] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [custom, setCustom] = useState(false);
  const [input, setInput] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.problem(id), api.languages()]).then(
      async ([prob, all]) => {
        if (!live) return;
        setP(prob);
        setLangs(all);
        const offered = offeredLanguages(prob, all);
        const last = await localStore.get(keys.lastLanguage);
        setLang(last && offered.includes(last) ? last : (offered[0] ?? null));
        if (prob.examples?.[0]) setInput(prob.examples[0].input);
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id]);

  // the draft of this problem in this language, else its starter code
  useEffect(() => {
    if (!p || !lang) return;
    let live = true;
    setLoaded(false);
    localStore.get(keys.draft(p.id, lang)).then((d) => {
      if (!live) return;
      setCode(d ?? p.starterCode?.[lang] ?? '');
      setLoaded(true);
    });
    void localStore.set(keys.lastLanguage, lang);
    return () => {
      live = false;
    };
  }, [p, lang]);

  const edit = (s: string) => {
    setCode(s);
    if (!p || !lang) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    const k = keys.draft(p.id, lang);
    saveTimer.current = setTimeout(() => void localStore.set(k, s), 300);
  };

  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  const flush = async () => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    if (p && lang) await localStore.set(keys.draft(p.id, lang), code);
  };

  const go = async (what: 'run' | 'submit') => {
    if (!p || !lang) return;
    setBusy(true);
    setError(null);
    try {
      await flush();
      if (what === 'submit') {
        const r = await api.submit(p.id, lang, code);
        push({ name: 'result', kind: 'submission', id: r.submissionId });
      } else {
        const r = await api.run(p.id, lang, code, custom ? input : undefined);
        push({ name: 'result', kind: 'run', id: r.runId });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    if (p && lang) edit(p.starterCode?.[lang] ?? '');
  };

  if (!p || !lang) {
    return (
      <View style={{ flex: 1, backgroundColor: t.bg }}>
        <Header title="Code" onBack={back} />
        <ErrorBanner error={error} />
        {error ? null : <Loading />}
      </View>
    );
  }
  const offered = offeredLanguages(p, langs);
  const nameOf = (l: string) => langs.find((x) => x.id === l)?.name ?? l;
  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title={p.title} onBack={back} />
      <ScrollView horizontal style={{ flexGrow: 0, paddingHorizontal: 8, paddingTop: 8 }} accessibilityLabel="Language">
        {offered.map((l) => (
          <Chip key={l} label={nameOf(l)} selected={l === lang} onPress={() => { void flush(); setLang(l); }} />
        ))}
      </ScrollView>
      <View style={{ flex: 1, paddingHorizontal: 8 }}>{loaded ? <CodeEditor value={code} language={lang} onChange={edit} /> : <Loading />}</View>
      <View style={{ padding: 8, borderTopWidth: 1, borderColor: t.border, backgroundColor: t.card }}>
        <View style={[styles.row, { justifyContent: 'space-between', marginBottom: 6 }]}>
          <View style={styles.row}>
            <Switch value={custom} onValueChange={setCustom} accessibilityLabel="Run with custom input" />
            <Text style={{ color: t.text, marginLeft: 6 }}>Custom input</Text>
          </View>
          <Button label="Reset" kind="secondary" onPress={reset} hint="Replace the code with the starter code" />
        </View>
        {custom ? (
          <TextInput
            multiline
            value={input}
            onChangeText={setInput}
            accessibilityLabel="Custom input"
            style={[styles.input, { color: t.text, borderColor: t.border, fontFamily: 'monospace', minHeight: 60, maxHeight: 120 }]}
          />
        ) : null}
        <ErrorBanner error={error} />
        <View style={{ flexDirection: 'row', gap: 8 }}>
          <View style={{ flex: 1 }}>
            <Button label="Run" kind="secondary" onPress={() => void go('run')} disabled={busy} testID="run" />
          </View>
          <View style={{ flex: 1 }}>
            <Button label="Submit" onPress={() => void go('submit')} disabled={busy} testID="submit" />
          </View>
        </View>
      </View>
    </View>
  );
}

/** The languages a problem can be solved in: those with starter code for a
 *  function problem (in the server's order), every language otherwise. */
export function offeredLanguages(p: Problem, all: Language[]): string[] {
  const ids = all.map((l) => l.id);
  const starters = p.starterCode ? Object.keys(p.starterCode) : [];
  if (!starters.length) return ids;
  return [...ids.filter((l) => starters.includes(l)), ...starters.filter((l) => !ids.includes(l))];
}
