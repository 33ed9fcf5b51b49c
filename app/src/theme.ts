// Light and dark palettes following the system, and the colours LeetCode users
// know: difficulty (teal, amber, red) and verdicts (green for Accepted, red for
// a wrong answer, amber for limits, grey for errors of the judge).
import { useColorScheme } from 'react-native';

export interface Theme {
  dark: boolean;
  bg: string;
  card: string;
  text: string;
  muted: string;
  border: string;
  primary: string;
  primaryText: string;
  danger: string;
  codeBg: string;
  code: { keyword: string; string: string; number: string; comment: string; plain: string };
}

const light: Theme = {
  dark: false,
  bg: '#f7f8fa',
  card: '#ffffff',
  text: '#1a1a1a',
  muted: '#5f6368',
  border: '#dadce0',
  primary: '#0a66c2',
  primaryText: '#ffffff',
  danger: '#c62828',
  codeBg: '#f3f4f6',
  code: { keyword: '#a626a4', string: '#50a14f', number: '#986801', comment: '#8a8f98', plain: '#1a1a1a' },
};

const dark: Theme = {
  dark: true,
  bg: '#121212',
  card: '#1e1e1e',
  text: '#eaeaea',
  muted: '#a0a4ab',
  border: '#3a3a3a',
  primary: '#4c9eeb',
  primaryText: '#0b0b0b',
  danger: '#ef5350',
  codeBg: '#1b1d23',
  code: { keyword: '#c678dd', string: '#98c379', number: '#d19a66', comment: '#7f848e', plain: '#dcdfe4' },
};

export function useTheme(): Theme {
  return useColorScheme() === 'dark' ? dark : light;
}

export const difficultyColor: Record<string, string> = {
  easy: '#00a58e',
  medium: '#d99a00',
  hard: '#e0284f',
};

export function verdictColor(result: string | undefined): string {
  switch (result) {
    case 'Accepted':
      return '#2e9d4f';
    case 'Wrong Answer':
    case 'Runtime Error':
    case 'Compilation Error':
      return '#e0284f';
    case 'Time Limit Exceeded':
    case 'Memory Limit Exceeded':
    case 'Output Limit Exceeded':
      return '#d97a00';
    default:
      return '#7a7f87';
  }
}

export const mono = { fontFamily: 'monospace' } as const;
