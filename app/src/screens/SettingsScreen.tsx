// Settings: the server address (a LiteCode server on the local network for
// Expo Go), the account, and logging out.
import { useState } from 'react';
import { Text, TextInput, View } from 'react-native';

import { Api, describeError } from '../api';
import { Button, Header, styles } from '../components/ui';
import { useApp } from '../state';
import { useTheme } from '../theme';

export function SettingsScreen({ onDone }: { onDone?: () => void }) {
  const t = useTheme();
  const { server, setServer, session, logout } = useApp();
  const [url, setUrl] = useState(server);
  const [msg, setMsg] = useState<string | null>(null);

  const save = async () => {
    const clean = url.trim();
    if (!/^https?:\/\/[^\s/]+/.test(clean)) {
      setMsg('Enter an address like http://192.168.1.20:8080');
      return;
    }
    try {
      await new Api(clean).request('GET', '/ping', undefined, false);
      await setServer(clean);
      setMsg('Connected.');
      onDone?.();
    } catch (e) {
      setMsg(`Cannot reach ${clean}: ${describeError(e)}`);
    }
  };

  return (
    <View style={{ flex: 1, backgroundColor: t.bg }}>
      <Header title="Settings" onBack={onDone} />
      <View style={{ padding: 16 }}>
        <Text style={{ color: t.text, fontWeight: '700', marginBottom: 6 }}>Server address</Text>
        <TextInput
          style={[styles.input, { color: t.text, borderColor: t.border, backgroundColor: t.card }]}
          value={url}
          onChangeText={setUrl}
          autoCapitalize="none"
          autoCorrect={false}
          keyboardType="url"
          accessibilityLabel="Server address"
          testID="server"
        />
        <Button label="Save address" onPress={() => void save()} />
        {msg ? <Text style={{ color: t.muted, marginTop: 8 }}>{msg}</Text> : null}
        {session ? (
          <View style={{ marginTop: 32 }}>
            <Text style={{ color: t.muted, marginBottom: 8 }}>
              Logged in as {session.user.username}
              {session.user.email ? ` (${session.user.email})` : ''}
            </Text>
            <Button label="Log out" kind="secondary" onPress={() => void logout()} testID="logout" />
          </View>
        ) : null}
        <Text style={{ color: t.muted, marginTop: 32 }}>The theme follows the system&apos;s light or dark setting.</Text>
      </View>
    </View>
  );
}
