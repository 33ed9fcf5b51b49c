// The app's frame: the log-in screen until there is a session, then the
// current screen of the navigation stack above a tab bar.
import { useState } from 'react';
import { Pressable, SafeAreaView, Text, View } from 'react-native';

import { Loading } from './components/ui';
import { EditorScreen } from './screens/EditorScreen';
import { LoginScreen } from './screens/LoginScreen';
import { ProblemScreen } from './screens/ProblemScreen';
import { ProblemsScreen } from './screens/ProblemsScreen';
import { ProfileScreen } from './screens/ProfileScreen';
import { ResultScreen } from './screens/ResultScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { SubmissionsScreen } from './screens/SubmissionsScreen';
import { useApp, type Route, type Tab } from './state';
import { useTheme } from './theme';

const TABS: { tab: Tab; label: string; icon: string }[] = [
  { tab: 'problems', label: 'Problems', icon: '☰' },
  { tab: 'submissions', label: 'Submissions', icon: '⟲' },
  { tab: 'profile', label: 'Profile', icon: '◉' },
  { tab: 'settings', label: 'Settings', icon: '⚙' },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'problems':
      return <ProblemsScreen />;
    case 'problem':
      return <ProblemScreen key={route.id} id={route.id} />;
    case 'editor':
      return <EditorScreen key={route.id} id={route.id} />;
    case 'result':
      return <ResultScreen key={route.id} kind={route.kind} id={route.id} />;
    case 'submissions':
      return <SubmissionsScreen problemId={route.problemId} title={route.title} />;
    case 'profile':
      return <ProfileScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function Root() {
  const t = useTheme();
  const { ready, session, stack, route, tab } = useApp();
  const [serverOpen, setServerOpen] = useState(false);
  if (!ready) return <Loading label="Starting" />;
  if (!session) {
    return (
      <SafeAreaView style={{ flex: 1, backgroundColor: t.bg }}>
        {serverOpen ? <SettingsScreen onDone={() => setServerOpen(false)} /> : <LoginScreen onServer={() => setServerOpen(true)} />}
      </SafeAreaView>
    );
  }
  const current = stack[0].name;
  return (
    <SafeAreaView style={{ flex: 1, backgroundColor: t.bg }}>
      <View style={{ flex: 1 }}>
        <Screen route={route} />
      </View>
      <View accessibilityRole="tablist" style={{ flexDirection: 'row', borderTopWidth: 1, borderColor: t.border, backgroundColor: t.card }}>
        {TABS.map((x) => {
          const on = current === x.tab;
          return (
            <Pressable
              key={x.tab}
              accessibilityRole="tab"
              accessibilityLabel={x.label}
              accessibilityState={{ selected: on }}
              onPress={() => tab(x.tab)}
              style={{ flex: 1, alignItems: 'center', paddingVertical: 8, minHeight: 48 }}
            >
              <Text style={{ color: on ? t.primary : t.muted, fontSize: 18 }}>{x.icon}</Text>
              <Text style={{ color: on ? t.primary : t.muted, fontSize: 12 }}>{x.label}</Text>
            </Pressable>
          );
        })}
      </View>
    </SafeAreaView>
  );
}
