/**
 * What the interview says: every question's title, prompt and why, in the seed's voice.
 * A why names the concrete cost of getting the answer wrong, never a generic "this helps us".
 * Kept apart from the flow so the wording can be reviewed (and tested for whys) in one place.
 */
import { DEPLOYED_LATENCY_FLOOR_MS } from '../zenml/facts';

export const PICTURE = {
  title: 'The full picture',
  prompt:
    'Describe the full ML workflow you want to build — from raw data all the way to however the model gets used. Include everything, even parts you are unsure about. Don’t worry about structure — just walk me through the whole thing, even the messy parts. If you are using voice input, just talk it through naturally. I’ll help sort out what goes where.',
  placeholder:
    'e.g. We pull card transactions from Postgres every night, clean them, train an XGBoost fraud model weekly, and the checkout service needs a fraud score in under 100 ms…',
  why: 'The architecture can only be as good as this picture: a part you leave out now (where the data comes from, who uses the predictions) is a redesign later, not a tweak.',
};

export const FOLLOW_UP = {
  title: 'A few gaps',
  why: 'One extra answer now saves a full redesign later: without knowing where the data comes from and how the model gets used, every pipeline boundary is a guess.',
  placeholder: 'Add what you can; leave it empty to go on with what you have told me.',
};

export const READINESS = {
  title: 'Are you ready for a pipeline?',
  prompt:
    'It sounds like you are still exploring what works. That is an important phase — putting it in a pipeline now would slow you down. Finish your experiment in a notebook, get it producing good results, and then come back and we’ll turn it into a pipeline.',
  why: 'A pipeline makes a working workflow reproducible; it cannot make a workflow that does not work yet work. Pipeline-izing EDA freezes decisions you have not made yet into step boundaries you will keep rewriting.',
  options: [
    { id: 'prototype', label: 'I’ll come back with a working prototype', detail: 'The interview stops here; your answers are kept.' },
    { id: 'continue', label: 'Continue anyway', detail: 'I have enough working to design the pipelines now.' },
  ],
  comeBack:
    'Finish the experiment in a notebook until it produces a useful result and you can name its input and output, then resume this interview: your answers are kept.',
};

export const CLASSIFY = {
  title: 'What is a pipeline?',
  prompt:
    'Based on what you described, here is how I would categorize each component. Does this mapping feel right, or should we move anything around?',
  why: 'Building a dashboard, a stream processor or a CI job as a pipeline costs weeks and gives you nothing a pipeline is for: batch runs you can version, compare, cache and rerun from the step that failed.',
};

export const LATENCY = {
  // Named in the title: two components moved to deployed ask this twice, and the answered list shows titles only.
  title: (name: string) => `Latency budget: ${name}`,
  prompt: (name: string) => `How fast must ${name} answer a single request?`,
  why:
    `A deployed pipeline (pipeline.deploy()) serves most real-time needs — chatbots, fraud checks, recommendations — especially with materialization disabled. Only a budget under ${DEPLOYED_LATENCY_FLOOR_MS} ms (trading, video frames) justifies a dedicated serving framework, and only after a benchmark with realistic payloads proves the deployed pipeline too slow.`,
  options: [
    { id: 'sub-10', label: `Under ${DEPLOYED_LATENCY_FLOOR_MS} ms`, detail: 'High-frequency trading, per-frame video' },
    { id: '100', label: 'Around 100 ms', detail: 'Fraud checks, recommendations, ranking' },
    { id: '1000', label: 'A second or so', detail: 'Document processing, chat and agent backends' },
    { id: 'unknown', label: 'Not sure yet', detail: 'It becomes an open question to benchmark' },
  ],
};

export const SOURCES = {
  title: 'Data sources for the first version',
  prompt: 'Which two or three data sources does the first version really need? The others join once the pipeline runs end to end.',
  why: 'Every source in the first version is another failure point before you have validated the pipeline works for even one; the abstraction for many sources is easier to build once you have seen two.',
};

export const ORCHESTRATOR = {
  title: 'Where the pipelines run',
  prompt: 'Which orchestrator will run these pipelines?',
  why: 'The orchestrator decides what the architecture can promise: the local ones cannot run schedules, and dynamic fan-out needs isolated steps (Kubernetes, Vertex AI, SageMaker, AzureML). Choosing one you do not run yet means setting up infrastructure before the first model ships.',
};

export const SPLIT = {
  title: 'Data and training: one pipeline or two?',
  prompt: 'If your data ingestion fails at 2 AM, do you want that to block tomorrow’s training run?',
  why: 'Each pipeline is an independent failure domain. Separate pipelines let training run on yesterday’s data when ingestion breaks; one pipeline is simpler when the two always run together on the same schedule.',
  options: [
    { id: 'separate', label: 'No — train on yesterday’s data', detail: 'Separate data and training pipelines with a versioned dataset between them' },
    { id: 'together', label: 'Yes — they always run together', detail: 'One pipeline: loading and cleaning become its first steps' },
  ],
};

export const PIPELINE = {
  title: (name: string) => `Pipeline: ${name}`,
  prompt: 'Confirm or adjust this pipeline: its name, what triggers it, and its steps in prose, each with what it produces.',
  why: 'Three to seven steps with real work each is the sweet spot: every step boundary serializes its output to the artifact store, so a step that only checks the data has rows pays that cost for nothing, and one giant step loses caching and the ability to rerun from the step that failed.',
};

export const PROMOTION = {
  title: 'Model Control Plane',
  why: 'Promotion is the one hand-off between pipelines: consumers read the production version, so promoting a new version changes what they use with no paths or IDs in code. An automatic promotion that nobody reviews puts a bad batch of data straight into production.',
  options: [
    { id: 'manual', label: 'A person promotes after reviewing the evaluation', detail: 'Recommended for the first version' },
    { id: 'automatic', label: 'An evaluation step promotes automatically', detail: 'When the new version beats production on the agreed metric' },
  ],
};

export const MVP = {
  title: 'Your MVP',
  prompt: 'Which of these pipelines would give you the most value if it were running in production tomorrow? That’s your MVP.',
  why: 'Build one pipeline first and prove it end to end: designing the rest before one runs means every interface between them is a guess. The others stay in the document as Phase 2 and Phase 3.',
};

/** Where the document goes unless the caller says otherwise (the CLI's -o, the extension's zenmlScope.documentPath). */
export const DEFAULT_DOCUMENT_PATH = 'pipeline_architecture.md';

export const REVIEW = {
  title: 'Your architecture',
  // The question does not know where the caller writes the document, so it does not name a file.
  prompt: 'Here is your architecture document. Accept it, or go back to any answer to change it.',
  why: 'This document is the contract between scoping and building: whatever it leaves vague, the implementation will guess.',
};

export function nextStep(mvpName: string, documentPath: string): string {
  return `Build the ${mvpName} pipeline first with the pipeline-authoring workflow (the zenml-pipeline-authoring skill), using ${documentPath} as its specification; add the next pipeline once it runs end to end.`;
}

/** The seed's directness when nothing described belongs in a pipeline: it saves weeks of wasted effort. */
export function noPipelines(alternatives: readonly { name: string; alternative: string }[], documentPath: string): string {
  const list = alternatives.map((a) => `${a.name}: ${a.alternative}`).join('; ');
  return `Nothing you described needs a ZenML pipeline${list ? ` (${list})` : ''}, so there is no ${documentPath} to write. Come back when a model enters the picture.`;
}

/** Arrival patterns the red-flag table does not cover (seed 000, "Why this skill exists"). */
export const ARRIVAL = {
  'kitchen-sink': (names: string) =>
    `Not everything needs a pipeline: ${names} ${names.includes(',') || names.includes(' and ') ? 'are' : 'is'} not batch ML work. Built as pipelines they cost weeks and give you nothing a pipeline is for, so I moved them to Not-a-Pipeline with what to use instead.`,
  'premature-architecture': (count: number) =>
    `Designing ${count} interconnected pipelines before one of them runs means every interface between them is a guess you will redo. Let's get one pipeline working end to end; the rest stay in the document as later phases.`,
  /** Pipelines asked for before the approach is known (seed: "before understanding what one of them should do"). */
  'premature-before-approach': () =>
    'Laying out pipelines before you know which approach works means designing the steps around a guess. Find out in a notebook whether a model helps at all and which one; once it produces a useful result, the pipelines are quick to draw around it.',
  'foggy-scope': (term: string | null) =>
    `Let’s anchor ${term ? `"${term}"` : 'this'} on one model: which prediction matters most, where its data lives, and who uses the result. Everything else builds on that first pipeline.`,
};
