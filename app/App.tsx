import { StatusBar } from 'expo-status-bar';

import { Root } from './src/Root';
import { AppProvider } from './src/state';

export default function App() {
  return (
    <AppProvider>
      <StatusBar style="auto" />
      <Root />
    </AppProvider>
  );
}
