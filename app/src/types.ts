// The shapes of LiteCode's HTTP API (docs/api.md), as the app uses them.

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface User {
  id: number;
  username: string;
  email?: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export interface ProblemSummary {
  id: number;
  slug: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  acceptanceRate: number;
  submissions: number;
  accepted: number;
  functionProblem: boolean;
  status?: 'solved' | 'attempted' | 'todo';
}

export interface Example {
  input: string;
  output: string;
}

export interface Problem extends ProblemSummary {
  statement: string;
  examples: Example[];
  starterCode?: Record<string, string>;
  limits: { time: number; memory: number; output?: number };
}

export interface Page<K extends string, T> {
  total: number;
  page: number;
  limit: number;
  items: T[];
  key: K;
}

export interface Language {
  id: string;
  name: string;
  version: string;
}

export interface TestResult {
  name: string;
  result: string;
  runtime: number | null;
  memory: number | null;
}

export interface FailingTest {
  name: string;
  input?: string;
  expected?: string;
  actual?: string;
}

export type JudgeStatus =
  | 'pending'
  | 'running'
  | 'success'
  | 'compilation_error'
  | 'runtime_error'
  | 'time_limit_exceeded'
  | 'memory_limit_exceeded'
  | 'output_limit_exceeded'
  | 'internal_error';

export interface Submission {
  id: string;
  submissionId?: string;
  runId?: string;
  userId: number;
  problemId: number;
  language: string;
  code?: string;
  status: JudgeStatus;
  mode?: 'submit' | 'run';
  result?: string;
  runtime?: number | null;
  memory?: number | null;
  passed?: number;
  total?: number;
  tests?: TestResult[];
  failingTest?: FailingTest;
  stdout?: string;
  compileOutput?: string;
  expectedOutput?: string;
  createdAt: string;
  finishedAt?: string;
  runtimeBeats?: number | null;
  memoryBeats?: number | null;
  /** scoring problems (Kattis `type: scoring`): the score, the full score and each test group */
  score?: number;
  maxScore?: number;
  groups?: GroupResult[];
}

export interface GroupResult {
  name: string;
  result: string;
  score: number;
}

export interface Stats {
  solved: { easy: number; medium: number; hard: number; total: number };
  submissions: number;
  accepted: number;
  acceptanceRate: number;
  streak: number;
}

export function isFinished(s: Pick<Submission, 'status'>): boolean {
  return s.status !== 'pending' && s.status !== 'running';
}
