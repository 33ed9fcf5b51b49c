// The code editor: a monospace text field over a syntax-highlighted copy of
// the same text (the field's own text is transparent, so the colours show
// through while selection, the caret and the keyboard are the platform's),
// auto-indent on Enter, and a row of coding symbols above the keyboard.
import { useRef, useState } from 'react';
import { Platform, Pressable, ScrollView, StyleSheet, Text, TextInput, View } from 'react-native';

import { highlight } from '../highlight';
import { useTheme } from '../theme';

export const SYMBOLS: { label: string; insert: string; name: string }[] = [
  { label: 'Tab', insert: '    ', name: 'Tab' },
  ...'{ } ( ) [ ] ; : = < > + - * / % ! & | " \' , . _'.split(' ').map((s) => ({ label: s, insert: s, name: `Insert ${s}` })),
];

/** The text after Enter at `at` (the position of the inserted newline):
 *  the previous line's indentation, one level more after an opening bracket or a colon. */
export function autoIndent(text: string, at: number): { text: string; cursor: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  let indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (/[{[(:]\s*$/.test(line)) indent += '    ';
  const out = text.slice(0, at + 1) + indent + text.slice(at + 1);
  return { text: out, cursor: at + 1 + indent.length };
}

interface Props {
  value: string;
  language: string;
  onChange: (s: string) => void;
}

const FONT = Platform.select({ ios: 'Menlo', android: 'monospace', default: 'monospace' });

export function CodeEditor({ value, language, onChange }: Props) {
  const t = useTheme();
  const sel = useRef({ start: value.length, end: value.length });
  const [forced, setForced] = useState<{ start: number; end: number } | undefined>(undefined);
  const inputRef = useRef<TextInput>(null);

  const change = (next: string) => {
    const prev = value;
    // one newline typed: indent like the line above
    if (next.length === prev.length + 1) {
      const at = firstDiff(prev, next);
      if (next[at] === '\n') {
        const r = autoIndent(next, at);
        onChange(r.text);
        sel.current = { start: r.cursor, end: r.cursor };
        setForced({ start: r.cursor, end: r.cursor });
        return;
      }
    }
    setForced(undefined);
    onChange(next);
  };

  const insert = (s: string) => {
    const { start, end } = sel.current;
    const a = Math.min(start, value.length);
    const b = Math.min(Math.max(end, a), value.length);
    const next = value.slice(0, a) + s + value.slice(b);
    const cursor = a + s.length;
    onChange(next);
    sel.current = { start: cursor, end: cursor };
    setForced({ start: cursor, end: cursor });
    inputRef.current?.focus();
  };

  const tokens = highlight(value, language);
  const colors = t.code;
  return (
    <View style={{ flex: 1 }}>
      <ScrollView
        style={[styles.box, { backgroundColor: t.codeBg, borderColor: t.border }]}
        contentContainerStyle={{ flexGrow: 1 }}
        keyboardShouldPersistTaps="handled"
      >
        <View style={{ flex: 1 }}>
          <Text style={[styles.code, { fontFamily: FONT, color: colors.plain }]} accessible={false} importantForAccessibility="no-hide-descendants">
            {tokens.map((tok, k) => (
              <Text key={k} style={{ color: colors[tok.kind] }}>
                {tok.text}
              </Text>
            ))}
            {'\n'}
          </Text>
          <TextInput
            ref={inputRef}
            testID="code-editor"
            accessibilityLabel="Code editor"
            multiline
            value={value}
            onChangeText={change}
            selection={forced}
            onSelectionChange={(e) => {
              sel.current = e.nativeEvent.selection;
              if (forced) setForced(undefined);
            }}
            autoCapitalize="none"
            autoCorrect={false}
            spellCheck={false}
            keyboardType={Platform.OS === 'ios' ? 'ascii-capable' : 'default'}
            textAlignVertical="top"
            selectionColor={t.primary}
            style={[styles.code, styles.input, { fontFamily: FONT, color: 'transparent', caretColor: t.text, outlineStyle: 'none' } as object]}
          />
        </View>
      </ScrollView>
      <ScrollView horizontal style={[styles.symbols, { borderColor: t.border, backgroundColor: t.card }]} keyboardShouldPersistTaps="always">
        {SYMBOLS.map((s) => (
          <Pressable
            key={s.label}
            accessibilityRole="button"
            accessibilityLabel={s.name}
            onPress={() => insert(s.insert)}
            style={[styles.symbol, { borderColor: t.border }]}
          >
            <Text style={{ color: t.text, fontFamily: FONT, fontSize: 16 }}>{s.label}</Text>
          </Pressable>
        ))}
      </ScrollView>
    </View>
  );
}

function firstDiff(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

const styles = StyleSheet.create({
  box: { flex: 1, borderWidth: 1, borderRadius: 6 },
  code: { fontSize: 14, lineHeight: 20, padding: 10, margin: 0 },
  input: { position: 'absolute', top: 0, left: 0, right: 0, bottom: 0, borderWidth: 0 },
  symbols: { flexGrow: 0, borderTopWidth: 1, paddingVertical: 4 },
  symbol: { minWidth: 40, minHeight: 40, paddingHorizontal: 10, marginHorizontal: 2, borderWidth: 1, borderRadius: 6, alignItems: 'center', justifyContent: 'center' },
});
