// Where the app keeps things: the session token in secure storage on devices
// (the Keychain / Keystore through expo-secure-store) and in localStorage on
// the web; drafts and settings in AsyncStorage (localStorage on the web).
import AsyncStorage from '@react-native-async-storage/async-storage';
import * as SecureStore from 'expo-secure-store';
import { Platform } from 'react-native';

const web = Platform.OS === 'web';

function webStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const secureStore = {
  async get(key: string): Promise<string | null> {
    if (web) return webStore()?.getItem(key) ?? null;
    return SecureStore.getItemAsync(key);
  },
  async set(key: string, value: string): Promise<void> {
    if (web) {
      webStore()?.setItem(key, value);
      return;
    }
    await SecureStore.setItemAsync(key, value);
  },
  async remove(key: string): Promise<void> {
    if (web) {
      webStore()?.removeItem(key);
      return;
    }
    await SecureStore.deleteItemAsync(key);
  },
};

export const localStore = {
  get(key: string): Promise<string | null> {
    return AsyncStorage.getItem(key);
  },
  set(key: string, value: string): Promise<void> {
    return AsyncStorage.setItem(key, value);
  },
  remove(key: string): Promise<void> {
    return AsyncStorage.removeItem(key);
  },
};

export const keys = {
  session: 'litecode.session',
  server: 'litecode.server',
  draft: (problemId: number, language: string) => `litecode.draft.${problemId}.${language}`,
  lastLanguage: 'litecode.language',
};
