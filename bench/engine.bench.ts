/**
 * The interview engine: time from an answer to the new state and its architecture (what the
 * DAG redraws), for a one-pipeline scope and for a 10-pipeline, 70-step one. Target: well under
 * 10 ms, so the live DAG can follow every answer.
 */
import type { Figure } from './index';
import * as E from '../src/core/interview/engine';
import type { AnswerValue, Question } from '../src/core/interview/questions';
import type { MentionedComponent, Reading } from '../src/core/reading/reading';
import { emptyReading } from '../src/core/reading';

const RUNS = 200;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeIt(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const m = (id: string, kind: MentionedComponent['kind'], extra: Partial<MentionedComponent> = {}): MentionedComponent => ({
  id, name: id, text: `we run ${id}`, kind, cadence: null, latencyMs: null, owner: null, ...extra,
});

/** Ten pipelines: five data pipelines owned by different teams, training, inference, serving, two scheduled reports. */
function largeReading(): Reading {
  const r = emptyReading();
  const teams = ['payments', 'marketing', 'support', 'logistics', 'risk'];
  return {
    ...r,
    categories: { ...r.categories, dataSources: ['Postgres', 'S3'], processing: ['cleaning'], modelWork: ['training'], deployment: ['API'], infrastructure: ['Kubernetes'] },
    components: [
      ...teams.map((t) => m(`${t}-ingestion`, 'ingestion', { owner: `${t} team`, cadence: 'daily' })),
      m('training', 'training', { cadence: 'weekly' }),
      m('scoring', 'batch-inference', { cadence: 'daily' }),
      m('api', 'online-inference', { latencyMs: 200 }),
      m('drift-report', 'monitoring', { cadence: 'weekly' }),
      m('fairness-report', 'monitoring', { cadence: 'monthly' }),
    ],
    tools: ['Postgres', 'Kubernetes'],
    goal: 'automate-training',
    project: 'Payments risk platform',
  };
}

function smallReading(): Reading {
  const r = emptyReading();
  return { ...r, categories: { ...r.categories, dataSources: ['CSV export'], modelWork: ['training'], infrastructure: ['Kubernetes'] }, components: [m('training', 'training')], tools: ['Kubernetes'], goal: 'automate-training', project: 'Churn model' };
}

const sevenSteps = (q: Extract<Question, { kind: 'pipeline' }>): AnswerValue => ({
  kind: 'pipeline',
  proposal: {
    ...q.proposal,
    steps: Array.from({ length: 7 }, (_, i) => q.proposal.steps[i] ?? { name: `extra_step_${i + 1}`, description: 'does more of the work', produces: 'an intermediate table' }),
  },
});

/** Answers up to (not including) `stop`, on recommendations, every pipeline with seven steps. */
function stateAt(reading: Reading, stop: string): E.InterviewState {
  let s = E.answer(E.start(), 'picture', { kind: 'text', text: 'described' }, { reading });
  if (!s.ok) throw new Error(s.error);
  let state = s.state;
  for (let q = E.nextQuestion(state); q && q.id !== stop; q = E.nextQuestion(state)) {
    s = E.answer(state, q.id, q.kind === 'pipeline' ? sevenSteps(q) : E.recommendedAnswer(q));
    if (!s.ok) throw new Error(s.error);
    state = s.state;
  }
  return state;
}

function answerAndDraw(state: E.InterviewState): { pipelines: number; steps: number } {
  const q = E.nextQuestion(state)!;
  const r = E.answer(state, q.id, E.recommendedAnswer(q));
  if (!r.ok) throw new Error(r.error);
  const arch = E.architecture(r.state);
  return { pipelines: arch.pipelines.length, steps: arch.pipelines.reduce((n, p) => n + p.steps.length, 0) };
}

export async function run(): Promise<Figure[]> {
  const small = stateAt(smallReading(), 'review');
  const large = stateAt(largeReading(), 'mvp');
  const shape = answerAndDraw(large);
  if (shape.pipelines !== 10 || shape.steps !== 70) throw new Error(`large scope is ${shape.pipelines} pipelines / ${shape.steps} steps`);
  return [
    { name: 'answer → new state + architecture, 1 pipeline (median)', value: timeIt(() => answerAndDraw(small)), unit: 'ms' },
    { name: 'answer → new state + architecture, 10 pipelines / 70 steps', value: timeIt(() => answerAndDraw(large)), unit: 'ms' },
    {
      name: 'change an early answer (replay all), 10 pipelines / 70 steps',
      value: timeIt(() => {
        const r = E.answer(large, 'promotion', { kind: 'single', option: 'automatic' });
        if (!r.ok) throw new Error(r.error);
        E.architecture(r.state);
      }),
      unit: 'ms',
    },
  ];
}
