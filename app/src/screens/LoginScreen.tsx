// Sign up and log in (one screen, two modes), with the server address a tap away.
import { useState } from 'react';
import { KeyboardAvoidingView, Platform, Pressable, ScrollView, Text, TextInput, View } from 'react-native';

import { Button, ErrorBanner, styles } from '../components/ui';
import { useApp } from '../state';
import { useTheme } from '../theme';

export function LoginScreen({ onServer }: { onServer: () => void }) {
  const t = useTheme();
  const { login, register, notice, server } = useApp();
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [who, setWho] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const signup = mode === 'signup';
  const problem = signup
    ? !/^[A-Za-z0-9_.-]{3,32}$/.test(username)
      ? 'Username: 3 to 32 letters, digits, _ . or -'
      : !/^\S+@\S+\.\S+$/.test(email)
        ? 'Enter a valid email address'
        : password.length < 8
          ? 'Password: at least 8 characters'
          : null
    : !who.trim() || !password
      ? 'Enter your username or email and your password'
      : null;

  const submit = async () => {
    if (problem) {
      setError(new Error(problem));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (signup) await register(username.trim(), email.trim(), password);
      else await login(who.trim(), password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const input = [styles.input, { color: t.text, borderColor: t.border, backgroundColor: t.card }];
  return (
    <KeyboardAvoidingView behavior={Platform.OS === 'ios' ? 'padding' : undefined} style={{ flex: 1, backgroundColor: t.bg }}>
      <ScrollView contentContainerStyle={{ padding: 24, paddingTop: 64 }} keyboardShouldPersistTaps="handled">
        <Text accessibilityRole="header" style={{ fontSize: 32, fontWeight: '800', color: t.text }}>
          LiteCode
        </Text>
        <Text style={{ color: t.muted, marginBottom: 24 }}>Practice coding problems, judged for real.</Text>
        {notice ? <Text style={{ color: t.danger, marginBottom: 12 }}>{notice}</Text> : null}
        {signup ? (
          <>
            <TextInput style={input} placeholder="Username" placeholderTextColor={t.muted} accessibilityLabel="Username" autoCapitalize="none" autoCorrect={false} value={username} onChangeText={setUsername} testID="username" />
            <TextInput style={input} placeholder="Email" placeholderTextColor={t.muted} accessibilityLabel="Email" autoCapitalize="none" keyboardType="email-address" value={email} onChangeText={setEmail} testID="email" />
          </>
        ) : (
          <TextInput style={input} placeholder="Username or email" placeholderTextColor={t.muted} accessibilityLabel="Username or email" autoCapitalize="none" autoCorrect={false} value={who} onChangeText={setWho} testID="login" />
        )}
        <TextInput style={input} placeholder="Password" placeholderTextColor={t.muted} accessibilityLabel="Password" secureTextEntry value={password} onChangeText={setPassword} onSubmitEditing={submit} testID="password" />
        <ErrorBanner error={error} />
        <Button label={busy ? 'Please wait…' : signup ? 'Create account' : 'Log in'} onPress={submit} disabled={busy} testID="auth-submit" />
        <View style={{ height: 16 }} />
        <Pressable accessibilityRole="button" accessibilityLabel={signup ? 'I have an account: log in' : 'New here: create an account'} onPress={() => { setMode(signup ? 'login' : 'signup'); setError(null); }}>
          <Text style={{ color: t.primary, textAlign: 'center', padding: 8 }}>
            {signup ? 'Have an account? Log in' : 'New here? Create an account'}
          </Text>
        </Pressable>
        <Pressable accessibilityRole="button" accessibilityLabel="Server address" onPress={onServer}>
          <Text style={{ color: t.muted, textAlign: 'center', padding: 8 }}>Server: {server}</Text>
        </Pressable>
      </ScrollView>
    </KeyboardAvoidingView>
  );
}
