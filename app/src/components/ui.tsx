// Small building blocks shared by the screens; every control has an
// accessibility label and role for screen readers.
import type { ReactNode } from 'react';
import { ActivityIndicator, Pressable, StyleSheet, Text, View } from 'react-native';

import { describeError } from '../api';
import { useTheme } from '../theme';

export function Button({
  label,
  onPress,
  disabled,
  kind = 'primary',
  testID,
  hint,
}: {
  label: string;
  onPress: () => void;
  disabled?: boolean;
  kind?: 'primary' | 'secondary';
  testID?: string;
  hint?: string;
}) {
  const t = useTheme();
  const primary = kind === 'primary';
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityHint={hint}
      accessibilityState={{ disabled: !!disabled }}
      disabled={disabled}
      onPress={onPress}
      testID={testID}
      style={[
        styles.button,
        { backgroundColor: primary ? t.primary : 'transparent', borderColor: t.primary, opacity: disabled ? 0.5 : 1 },
      ]}
    >
      <Text style={{ color: primary ? t.primaryText : t.primary, fontWeight: '600' }}>{label}</Text>
    </Pressable>
  );
}

export function Chip({
  label,
  selected,
  onPress,
  color,
}: {
  label: string;
  selected: boolean;
  onPress: () => void;
  color?: string;
}) {
  const t = useTheme();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityState={{ selected }}
      onPress={onPress}
      style={[
        styles.chip,
        { borderColor: selected ? (color ?? t.primary) : t.border, backgroundColor: selected ? t.card : 'transparent' },
      ]}
    >
      <Text style={{ color: color ?? t.text, fontWeight: selected ? '700' : '400' }}>{label}</Text>
    </Pressable>
  );
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useTheme();
  if (!error) return null;
  return (
    <View accessibilityRole="alert" style={[styles.banner, { borderColor: t.danger }]}>
      <Text style={{ color: t.danger, flex: 1 }}>{describeError(error)}</Text>
      {onRetry ? <Button label="Retry" kind="secondary" onPress={onRetry} /> : null}
    </View>
  );
}

export function Loading({ label = 'Loading' }: { label?: string }) {
  const t = useTheme();
  return (
    <View style={styles.center} accessibilityLabel={label}>
      <ActivityIndicator color={t.primary} />
      <Text style={{ color: t.muted, marginTop: 8 }}>{label}…</Text>
    </View>
  );
}

export function Header({ title, onBack, right }: { title: string; onBack?: () => void; right?: ReactNode }) {
  const t = useTheme();
  return (
    <View style={[styles.header, { borderColor: t.border, backgroundColor: t.card }]}>
      {onBack ? (
        <Pressable accessibilityRole="button" accessibilityLabel="Back" onPress={onBack} style={styles.back}>
          <Text style={{ color: t.primary, fontSize: 18 }}>‹ Back</Text>
        </Pressable>
      ) : null}
      <Text accessibilityRole="header" numberOfLines={1} style={[styles.title, { color: t.text }]}>
        {title}
      </Text>
      {right}
    </View>
  );
}

export const styles = StyleSheet.create({
  button: {
    paddingHorizontal: 16,
    paddingVertical: 10,
    borderRadius: 8,
    borderWidth: 1,
    alignItems: 'center',
    justifyContent: 'center',
    minHeight: 44,
  },
  chip: { paddingHorizontal: 12, paddingVertical: 6, borderRadius: 16, borderWidth: 1, marginRight: 6, marginBottom: 6 },
  banner: { flexDirection: 'row', alignItems: 'center', borderWidth: 1, borderRadius: 8, padding: 10, margin: 8, gap: 8 },
  center: { flex: 1, alignItems: 'center', justifyContent: 'center', padding: 24 },
  header: { flexDirection: 'row', alignItems: 'center', paddingHorizontal: 12, paddingVertical: 10, borderBottomWidth: 1, minHeight: 52 },
  back: { paddingRight: 12, paddingVertical: 4 },
  title: { fontSize: 18, fontWeight: '700', flex: 1 },
  input: { borderWidth: 1, borderRadius: 8, paddingHorizontal: 12, paddingVertical: 10, fontSize: 16, marginBottom: 12 },
  row: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center' },
});
