/**
 * The cue words of each domain a description can be about, and of text classification, found in
 * the user's words. The reader records them in the `Reading` (`domainCues`); planning decides the
 * domain from them (`planning/steps.ts` `detectDomain`) without reading the text again.
 */
export type Domain = 'extraction' | 'documents' | 'text' | 'llm' | 'vision' | 'forecasting' | 'tabular';

/** The domains with a shape of their own, by their cue words; `text` is read from `texts` and `sorting` instead. */
export const DOMAIN_PATTERNS = {
  // Reading fields out of invoices or forms with OCR and a layout model, before "contracts" makes it document Q&A.
  // Taking values out of documents into a store of records: "pull out renewal dates … into our contract database".
  // Taking out the values a document holds, named by their kind: "pull out the invoice number and the line items".
  // A document's parts named as what is needed are extraction whatever the verb: "we need the header fields + every line item".
  extraction: /\b(?:ocr|(?:header|invoice|receipt|form|document)\s+fields|(?:every|each|all|the)\s+line\s+items?|layout ?lm\w*|donut|textract|form recogni[sz]er|document ai|document intelligence|(?:document|field|entity|invoice|receipt|form) extraction|extract(?:s|ed|ing)? (?:the )?(?:fields|entities|key[- ]values?|line items|totals)|(?:extract(?:s|ed|ing)?|(?:pull(?:s|ed|ing)?|tak(?:e|es|ing)|read(?:s|ing)?|grab(?:s|bed|bing)?) out) (?:the |each |every |its |their )?(?:[\w-]+ ){0,2}?(?:numbers?|dates?|amounts?|totals?|line items|fields|values|ids?|addresses|parties)\b|(?:pull(?:s|ed|ing)?|read(?:s|ing)?|tak(?:e|es|ing)) out\b[^.;]{0,80}?\binto (?:our|the|a) (?:[\w-]+ )?(?:database|db|table|system|erp|crm|records?))\b/i,
  // Answers drawn from the team's own writing: asked as questions, cited, searched. "256 KB" is memory, not a knowledge base.
  // "Someone asks 'which of our contracts have X?'": a question asked of the papers.
  documents: /\b(?:(?:asks?|asked|asking)\s+["“]?(?:which|what|where|does|do|is|are|how many)\b[^.?\n]{0,60}\b(?:contracts?|documents?|pdfs?|manuals?|policies|clauses?|reports?)\b[^.?\n]{0,40}?\w(?=\?)|rag|knowledge base|(?<!\d\s?)kb|documents? (?:search|q&a|qa)|answer(?:s|ing)? (?:[\w-]+ ){0,3}?questions|question[- ]answering|citations?|cit(?:e|es|ed|ing) (?:the |its |their )?(?:sources?|pages?|articles?|documents?|passages?))\b/i,
  // Fine-tuning alone says nothing: detectors, image backbones and BERT classifiers are fine-tuned too.
  llm: /\b(?:llms?|large language models?|q?lora|instruction (?:data|dataset|tuning)|llama\w*|mistral|mixtral|gemma|qwen|base model|prompt\/response)\b/i,
  // Pictures of the earth and the networks built for pictures count too: "Sentinel-2 imagery", "a per-pixel mask", "a U-Net".
  // Container and machine images are software: "push images with a bash script", "Docker images".
  vision: /\b(?:(?<!\b(?:docker|container|vm|machine|os|disk|base|system|push(?:es|ed|ing)?|pull(?:s|ed|ing)?|build(?:s|ing)?|deploy(?:s|ed|ing)?)\s+(?:the\s+|new\s+|our\s+)?)images?|imagery|photos?|cameras?|cctv|footage|computer vision|object detection|segmentation|yolo|defects? detection|x-?rays?|radiolog\w*|mri|ct scans?|medical imag\w*|videos?|fps|(?:object|player|person|vehicle|pose) (?:tracking|detection)|satellite|aerial|orthophotos?|(?:per-)?pixels?|u-?net|resnet\w*|efficientnet\w*|vit|map@[\d.]+|cvat|bounding[- ]box(?:es)?)\b/i,
  // A quantity predicted for a coming period ("predicts next week's sales") is a forecast, whatever the verb.
  // A horizon ahead ("day-ahead", "for the next 48 hours") and backtests over past periods are forecasting's own words.
  forecasting: /\b(?:forecast\w*|demand planning|time[- ]series|(?:predict\w*|estimat\w*|project\w*) (?:the )?(?:next|coming|following|upcoming) (?:day|week|month|quarter|season|year)(?:'s|s'|s)?|(?:day|week|month|hour)[- ]ahead|(?:for|over) the (?:next|coming) \d+ (?:hours|days|weeks|months)|backtest\w*|smape|wape)\b/i,
} as const;

/**
 * Finding things by similarity: how a system looks things up, not what it does. Retrieval serves
 * document Q&A, but also a recommender's candidates and a bot's context, so it backs the Q&A shape
 * only where documents or questions are said.
 * "Embedding it in the search service" puts a model inside a service: only the noun is a vector.
 */
const RETRIEVAL = /\b(?:retrieval|embeddings|embedding (?:models?|vectors?|index|search|store|space|apis?)|vector (?:db|store|database|index)|pinecone|weaviate|qdrant|chroma(?:db)?|milvus|pgvector|faiss|re-?index(?:es|ed|ing)?|index (?:is|are|gets?) (?:re)?built)\b/i;
/**
 * Documents by their kind (PDFs, contracts, manuals, a wiki): the same whether the team asks them
 * questions or takes values out of them, so they support whichever of the two the task words say.
 */
const PAPERS = /\b(?:pdfs?|contracts|manuals|handbooks?|wiki pages|confluence pages|help cent(?:er|re) articles|(?:help|support|knowledge) articles|faqs?)\b/i;
/** Within one sentence, neither side crossing a full stop. */
const ONE_SENTENCE = '[^.!?\\n]{0,160}?';

const CUE_PATTERNS = {
  ...DOMAIN_PATTERNS,
  retrieval: RETRIEVAL,
  papers: PAPERS,
  /**
   * Papers and the retrieval said in one sentence: the papers are what is searched ("the manuals go into
   * a vector store"). Contracts named in passing beside embeddings of something else search no papers.
   */
  searchedPapers: new RegExp(`${PAPERS.source}${ONE_SENTENCE}${RETRIEVAL.source}|${RETRIEVAL.source}${ONE_SENTENCE}${PAPERS.source}`, 'i'),
  /** Texts people send or write, which a text classifier sorts. */
  // Reviews people write are plural or "review text"; "the review queue" is people checking. A queue's message is an event.
  // A ticket named by its key ("spike ticket DELIV-419") is one work item referred to, not texts people send.
  texts: /\b(?:tickets?(?!\s+#?[a-z][a-z0-9]*-\d+)|e-?mails?|reviews|review texts?|(?<!\b(?:sqs|queue|kafka|pub\/?sub|event|bus)\s)(?:messages|message (?:texts?|bod(?:y|ies))|(?<=\b(?:each|every|incoming|inbound)\s)message)|comments?|complaints?|chats?|posts?|tweets?|transcripts?|feedback)\b/i,
  /** Sorting them: into queues, labels, sentiment or intents. */
  // Tagging a person ("tagging @platform-arch for review") sorts nothing. "Route" sorts as a verb that sends
  // something somewhere ("route each email to the right team"); a route a driver is on is a path.
  sorting: /\b(?:cl?assif\w*|clasif\w*|categori[sz]\w*|(?<!\b(?:bus|delivery|truck|van|shipping|flight|train|school|collection|milk|patrol|walking|driving|cycling|sales|the|a|an|each|every|their|our|its|same|one)\s)rout(?:e|es)\b(?=\s+(?:[\w'-]+\s+){0,5}?(?:to|into|between|across)\b)|rout(?:ed|ing)\b|triag\w*|sentiment|intents?\b|tag(?:s|ged|ging)?\b(?!\s+@))/i,
  /** An encoder fine-tuned for classification names the task whatever else is said. */
  encoder: /\b(?:distil)?bert\b|\broberta\b|\bdeberta\b|\belectra\b/i,
  /** Training a language model of one's own. */
  tunes: /\b(?:fine[- ]?tun\w*|q?lora|instruction[- ]tun\w*|(?:re)?train\w* (?:an? |our |the )?(?:own )?(?:llm|language model))\b/i,
  /** A deep network, whatever the domain: its training wants a GPU. */
  deep: /\b(?:deep learning|deep (?:neural )?networks?|neural (?:net\w*|models?)|transformers?|cnns?|lstms?|(?:data|model)[- ]parallel\w*)\b/i,
  /**
   * A generative model: drafting and instruction tuning stay LLM work. A draft of the note itself
   * ("STATEMENT OF WORK — DRAFT v0.3") generates nothing: drafting is said with what is drafted, or as drafts made.
   */
  generative: /\b(?:llama|mistral|lora|gpt|instruction|generat\w*|drafts|draft(?:s|ed|ing)?\s+(?:(?:an?|the|their|our|its|each|every|suggested|first)\s+)?(?:[\w-]+\s+){0,2}?(?:repl(?:y|ies)|e-?mails?|responses?|answers?|letters?|summar(?:y|ies)|notes?|messages?|descriptions?|copy|posts?|articles?|reports?|amendments?|clauses?|texts?|emails?))\b/i,
} as const;

export type CueKind = keyof typeof CUE_PATTERNS;
export const CUE_KINDS = Object.keys(CUE_PATTERNS) as [CueKind, ...CueKind[]];
/** The different cue words of each kind, lower-cased ("layoutlm" and "invoice extraction"); kinds with none are absent. */
export type DomainCues = Partial<Record<CueKind, string[]>>;

export function domainCuesOf(text: string): DomainCues {
  const cues: DomainCues = {};
  for (const [kind, pattern] of Object.entries(CUE_PATTERNS) as [CueKind, RegExp][]) {
    const found = [...new Set([...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => m[0].toLowerCase()))];
    if (found.length) cues[kind] = found;
  }
  return cues;
}

/**
 * How many different words of a kind were said: the singular and plural of a word are one cue
 * ("embedding" and "embeddings"), so a domain needs several words to agree, not one word twice.
 */
export function cueCount(words: readonly string[] | undefined): number {
  return new Set((words ?? []).map((w) => w.replace(/(?<=ch|sh|x|ss)es$/, '').replace(/(?<=\w{2}[^s])s$/, ''))).size;
}

/** Both readings' cues: a word counts once whichever answer said it. */
export function mergeDomainCues(a: DomainCues, b: DomainCues): DomainCues {
  const merged: DomainCues = { ...a };
  for (const [kind, words] of Object.entries(b) as [CueKind, string[]][]) merged[kind] = [...new Set([...(a[kind] ?? []), ...words])];
  return merged;
}

/** Words that name a kind of data a source holds ("labelled photos", "scanned contracts"), not a task ("retrieval"). */
const DATA_KIND = /\b(?:images?|photos?|pictures?|videos?|frames|scans?|x-?rays?|imagery|pdfs?|documents|contracts|invoices|receipts|time[- ]series)\b/i;

/** What a source is said to hold, when it names a kind of data: evidence of the domain like the source's own name. */
export function holdsDataKind(detail: string): boolean {
  return DATA_KIND.test(detail);
}

/**
 * The data the model learns from is the strongest evidence of its domain: a source named as images,
 * PDFs or a time series adds a cue of its own ("data: high-resolution images") beside the words.
 */
export function withDataCues(cues: DomainCues, sources: readonly string[]): DomainCues {
  const out: DomainCues = { ...cues };
  for (const [kind, pattern] of Object.entries(DOMAIN_PATTERNS) as [CueKind, RegExp][]) {
    const data = sources.filter((s) => pattern.test(s)).map((s) => `data: ${s.toLowerCase()}`);
    if (data.length) out[kind] = [...new Set([...(out[kind] ?? []), ...data])];
  }
  return out;
}
