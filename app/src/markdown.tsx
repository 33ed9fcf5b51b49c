// A small Markdown renderer for problem statements: headings, paragraphs,
// fenced code blocks, bullet and numbered lists, tables, and inline code,
// bold and italic. Statements are written by problem setters; anything else
// shows as plain text.
import { ScrollView, Text, View } from 'react-native';

import { mono, useTheme, type Theme } from './theme';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

export function parseBlocks(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
      i++;
      out.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      out.push({ kind: 'heading', level: h[1].length, text: h[2].trim() });
      i++;
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) && i + 1 < lines.length && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      const header = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i])) rows.push(cells(lines[i++]));
      out.push({ kind: 'table', header, rows });
      continue;
    }
    const li = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      const ordered = /\d/.test(li[1]);
      const items: string[] = [];
      while (i < lines.length) {
        const m = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i]);
        if (m) items.push(m[2]);
        else if (/^\s{2,}\S/.test(lines[i]) && items.length) items[items.length - 1] += ' ' + lines[i].trim();
        else break;
        i++;
      }
      out.push({ kind: 'list', ordered, items });
      continue;
    }
    if (!line.trim()) {
      i++;
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !/^\s*```/.test(lines[i]) &&
      !/^#{1,6}\s/.test(lines[i]) &&
      !/^\s*([-*+]|\d+[.)])\s+/.test(lines[i]) &&
      !/^\s*\|.*\|\s*$/.test(lines[i])
    )
      para.push(lines[i++].trim());
    out.push({ kind: 'paragraph', text: para.join(' ') });
  }
  return out;
}

export type Span = { text: string; code?: boolean; bold?: boolean; italic?: boolean };

export function parseInline(text: string): Span[] {
  const out: Span[] = [];
  const re = /(`+)([^`]+?)\1|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|(?<![\w])_([^_\s][^_]*)_(?![\w])/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    if (m[2] !== undefined) out.push({ text: m[2], code: true });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ text: (m[3] ?? m[4]) as string, bold: true });
    else out.push({ text: (m[5] ?? m[6]) as string, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function Inline({ text, t, style }: { text: string; t: Theme; style?: object }) {
  return (
    <Text style={[{ color: t.text, fontSize: 15, lineHeight: 22 }, style]}>
      {parseInline(text).map((s, k) => (
        <Text
          key={k}
          style={[
            s.code ? [mono, { backgroundColor: t.codeBg, fontSize: 14 }] : null,
            s.bold ? { fontWeight: '700' } : null,
            s.italic ? { fontStyle: 'italic' } : null,
          ]}
        >
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export function CodeBlock({ text, label }: { text: string; label?: string }) {
  const t = useTheme();
  return (
    <ScrollView horizontal accessibilityLabel={label} style={{ backgroundColor: t.codeBg, borderRadius: 6, marginVertical: 6 }}>
      <Text selectable style={[mono, { color: t.text, padding: 10, fontSize: 13 }]}>
        {text}
      </Text>
    </ScrollView>
  );
}

export function Markdown({ source }: { source: string }) {
  const t = useTheme();
  return (
    <View>
      {parseBlocks(source).map((b, k) => {
        switch (b.kind) {
          case 'heading':
            return (
              <Inline key={k} text={b.text} t={t} style={{ fontSize: b.level <= 2 ? 18 : 16, fontWeight: '700', marginTop: 12, marginBottom: 4 }} />
            );
          case 'paragraph':
            return <Inline key={k} text={b.text} t={t} style={{ marginVertical: 4 }} />;
          case 'code':
            return <CodeBlock key={k} text={b.text} />;
          case 'list':
            return (
              <View key={k} style={{ marginVertical: 4 }}>
                {b.items.map((it, j) => (
                  <View key={j} style={{ flexDirection: 'row', marginVertical: 2 }}>
                    <Text style={{ color: t.text, width: 24 }}>{b.ordered ? `${j + 1}.` : '•'}</Text>
                    <View style={{ flex: 1 }}>
                      <Inline text={it} t={t} />
                    </View>
                  </View>
                ))}
              </View>
            );
          case 'table':
            return (
              <ScrollView key={k} horizontal style={{ marginVertical: 6 }}>
                <View style={{ borderWidth: 1, borderColor: t.border }}>
                  {[b.header, ...b.rows].map((row, r) => (
                    <View key={r} style={{ flexDirection: 'row', backgroundColor: r === 0 ? t.codeBg : 'transparent' }}>
                      {row.map((c, j) => (
                        <View key={j} style={{ minWidth: 80, padding: 6, borderRightWidth: 1, borderColor: t.border }}>
                          <Inline text={c} t={t} style={r === 0 ? { fontWeight: '700' } : undefined} />
                        </View>
                      ))}
                    </View>
                  ))}
                </View>
              </ScrollView>
            );
        }
        return null;
      })}
    </View>
  );
}
