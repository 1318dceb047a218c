/**
 * Tools and platforms, normalised ("postgresql" and "PG" are both Postgres), each with the
 * category it tells us about: a warehouse is a data source, an orchestrator is existing
 * infrastructure. Also whether the team already runs ZenML, which changes the seed's
 * advice on ETL without ML.
 */
import type { CategoryId } from './reading';
import { isDenied } from '../language/denied';
import { matches } from '../language/matches';
import { STILL_OPEN } from './segments';

interface Tool {
  name: string;
  category: CategoryId;
  pattern: RegExp;
  /** For an archive of one kind of data: that data as the description names it (its kind in group 1). */
  holds?: RegExp;
  /** Also a first name: followed by a surname ("Ray Okafor") it is a person. */
  firstName?: true;
}

const TOOLS: readonly Tool[] = [
  { name: 'Snowflake', category: 'dataSources', pattern: /\bsnowflake\b/i },
  { name: 'BigQuery', category: 'dataSources', pattern: /\bbig ?query\b|\bbq\b/i },
  { name: 'Redshift', category: 'dataSources', pattern: /\bredshift\b/i },
  { name: 'Postgres', category: 'dataSources', pattern: /\bpostgres(?:ql)?\b|\bpg\b|\bpsql\b/i },
  { name: 'MySQL', category: 'dataSources', pattern: /\bmysql\b/i },
  { name: 'MongoDB', category: 'dataSources', pattern: /\bmongo(?:db)?\b/i },
  { name: 'S3', category: 'dataSources', pattern: /\bs3\b/i },
  { name: 'GCS', category: 'dataSources', pattern: /\bgcs\b|\bgoogle cloud storage\b/i },
  { name: 'Azure Blob Storage', category: 'dataSources', pattern: /\bazure blob\b|\badls\b/i },
  { name: 'Kafka', category: 'dataSources', pattern: /\bkafka\b/i },
  { name: 'Kinesis', category: 'dataSources', pattern: /\bkinesis\b/i },
  { name: 'Pub/Sub', category: 'dataSources', pattern: /\bpub\/?sub\b/i },
  { name: 'Salesforce', category: 'dataSources', pattern: /\bsalesforce\b/i },
  { name: 'HubSpot', category: 'dataSources', pattern: /\bhubspot\b/i },
  { name: 'Zendesk', category: 'dataSources', pattern: /\bzendesk\b/i },
  { name: 'Confluence', category: 'dataSources', pattern: /\bconfluence\b/i },
  // The hospital's image archive: where x-rays and scans are stored.
  { name: 'PACS', category: 'dataSources', pattern: /\bpacs\b/i, holds: /\b((?:chest |dental |knee |hand )?(?:x-ray|ct|mri|ultrasound|mammogra(?:m|phy)))(?:s| scans?| images?)?\b/i },
  { name: 'SharePoint', category: 'dataSources', pattern: /\bsharepoint\b/i },
  { name: 'Redis', category: 'dataSources', pattern: /\bredis\b/i },
  { name: 'DynamoDB', category: 'dataSources', pattern: /\bdynamo ?db\b/i },
  { name: 'Cassandra', category: 'dataSources', pattern: /\bcassandra\b/i },
  { name: 'SQL Server', category: 'dataSources', pattern: /\b(?:(?:ms|microsoft) ?sql(?: server)?|sql server|mssql)\b/i },
  { name: 'Oracle', category: 'dataSources', pattern: /\boracle(?: db| database)?\b(?! cloud)/i },
  { name: 'Teradata', category: 'dataSources', pattern: /\bteradata\b/i },
  { name: 'SAP', category: 'dataSources', pattern: /\bSAP(?:\s+(?:PM|ERP|BW|HANA|S\/4\s?HANA))?\b/ },
  { name: 'ClickHouse', category: 'dataSources', pattern: /\bclick ?house\b/i },
  { name: 'Hive', category: 'dataSources', pattern: /\bhive(?: tables?| metastore)?\b/i },
  { name: 'HDFS', category: 'dataSources', pattern: /\bhdfs\b/i },
  { name: 'Synapse', category: 'dataSources', pattern: /\b(?:azure )?synapse(?: analytics)?\b/i },
  { name: 'Elasticsearch', category: 'dataSources', pattern: /\belastic ?search\b|\bopensearch\b/i },
  { name: 'Databricks', category: 'infrastructure', pattern: /\bdatabricks\b/i },
  { name: 'Spark', category: 'infrastructure', pattern: /\b(?:py)?spark\b/i },
  // Managed clusters a Spark job runs on: where work runs, not where data comes from.
  { name: 'EMR', category: 'infrastructure', pattern: /\b(?:amazon |aws )?emr\b/i },
  { name: 'Dataproc', category: 'infrastructure', pattern: /\b(?:google cloud )?dataproc\b/i },
  { name: 'AWS Glue', category: 'infrastructure', pattern: /\b(?:aws )?glue (?:jobs?|etl|crawlers?)\b/i },
  { name: 'dbt', category: 'infrastructure', pattern: /\bdbt\b/i },
  { name: 'Airflow', category: 'infrastructure', pattern: /\bairflow\b|\bmwaa\b|\bcloud composer\b/i },
  { name: 'Prefect', category: 'infrastructure', pattern: /\bprefect\b/i },
  { name: 'Dagster', category: 'infrastructure', pattern: /\bdagster\b/i },
  { name: 'Kubeflow', category: 'infrastructure', pattern: /\bkubeflow\b/i },
  { name: 'Kubernetes', category: 'infrastructure', pattern: /\bkubernetes\b|\bk8s\b|\beks\b|\bgke\b|\baks\b|\bopenshift\b/i },
  { name: 'MLflow', category: 'infrastructure', pattern: /\bml ?flow\b/i },
  { name: 'Weights & Biases', category: 'infrastructure', pattern: /\bwandb\b|\bw&b\b|\bweights (?:&|and) biases\b/i },
  { name: 'SageMaker', category: 'infrastructure', pattern: /\bsage ?maker\b/i },
  { name: 'Vertex AI', category: 'infrastructure', pattern: /\bvertex(?: ai)?\b/i },
  { name: 'Azure ML', category: 'infrastructure', pattern: /\bazure ?ml\b|\bazure machine learning\b/i },
  { name: 'ZenML', category: 'infrastructure', pattern: /\bzenml\b/i },
  { name: 'Ray', category: 'infrastructure', pattern: /(?<![-\w])ray\b(?! tune)/i, firstName: true },
  { name: 'Docker', category: 'infrastructure', pattern: /\bdocker\b/i },
  { name: 'GitHub Actions', category: 'infrastructure', pattern: /\bgithub actions\b/i },
  { name: 'GitLab CI', category: 'infrastructure', pattern: /\bgitlab(?: ci)?\b/i },
  { name: 'Jenkins', category: 'infrastructure', pattern: /\bjenkins\b/i },
  { name: 'Jupyter', category: 'infrastructure', pattern: /\bjupyter\b/i },
  { name: 'Hugging Face', category: 'infrastructure', pattern: /\bhugging ?face\b|\bhf hub\b/i },
  { name: 'OpenAI', category: 'infrastructure', pattern: /\bopenai\b|\bgpt-?4\w*\b/i },
  { name: 'Optuna', category: 'modelWork', pattern: /\boptuna\b/i },
  { name: 'PyTorch', category: 'modelWork', pattern: /\bpy ?torch\b/i },
  { name: 'TensorFlow', category: 'modelWork', pattern: /\btensor ?flow\b|\bkeras\b/i },
  { name: 'XGBoost', category: 'modelWork', pattern: /\bxgboost\b/i },
  { name: 'LightGBM', category: 'modelWork', pattern: /\blightgbm\b/i },
  { name: 'scikit-learn', category: 'modelWork', pattern: /\bscikit[- ]learn\b|\bsklearn\b/i },
  { name: 'LangChain', category: 'processing', pattern: /\blangchain\b/i },
  { name: 'LlamaIndex', category: 'processing', pattern: /\bllama ?index\b/i },
  { name: 'Pinecone', category: 'processing', pattern: /\bpinecone\b/i },
  { name: 'Qdrant', category: 'processing', pattern: /\bqdrant\b/i },
  { name: 'Weaviate', category: 'processing', pattern: /\bweaviate\b/i },
  { name: 'pgvector', category: 'processing', pattern: /\bpgvector\b/i },
  { name: 'Label Studio', category: 'processing', pattern: /\blabel ?studio\b/i },
  { name: 'Great Expectations', category: 'processing', pattern: /\bgreat expectations\b/i },
  { name: 'Feast', category: 'operations', pattern: /\bfeast\b/i },
  { name: 'Tecton', category: 'operations', pattern: /\btecton\b/i },
  { name: 'Evidently', category: 'operations', pattern: /\bevidently\b/i },
  { name: 'Grafana', category: 'operations', pattern: /\bgrafana\b/i },
  { name: 'Prometheus', category: 'operations', pattern: /\bprometheus\b/i },
  { name: 'PagerDuty', category: 'operations', pattern: /\bpager ?duty\b/i },
  { name: 'Datadog', category: 'operations', pattern: /\bdata ?dog\b/i },
  { name: 'Streamlit', category: 'operations', pattern: /\bstreamlit\b/i },
  { name: 'Tableau', category: 'operations', pattern: /\btableau\b/i },
  { name: 'Looker', category: 'operations', pattern: /\blooker\b/i },
  { name: 'FastAPI', category: 'deployment', pattern: /\bfast ?api\b/i },
  { name: 'TorchServe', category: 'deployment', pattern: /\btorch ?serve\b/i },
  { name: 'Triton', category: 'deployment', pattern: /\btriton\b/i },
  { name: 'BentoML', category: 'deployment', pattern: /\bbento ?ml\b/i },
  { name: 'Seldon', category: 'deployment', pattern: /\bseldon\b/i },
  { name: 'KServe', category: 'deployment', pattern: /\bk ?serve\b/i },
];

export interface ToolMention {
  name: string;
  category: CategoryId;
  /** The user's spelling. */
  phrase: string;
  /** Where the user named it in the segment. */
  index: number;
}

/** The tools a segment names, in the order the user names them. */
export function findTools(text: string): ToolMention[] {
  const found: ToolMention[] = [];
  for (const tool of TOOLS) {
    // "No Kubernetes skills in-house", "we can't use SageMaker": a tool named only where it is denied is not theirs.
    const m = tool.pattern.exec(text);
    const said = m && (isDenied(text, m.index, m.index + m[0].length) || (tool.firstName && SURNAME.test(text.slice(m.index + m[0].length)))) ? firstUndenied(text, tool) : m;
    if (said) found.push({ name: tool.name, category: tool.category, phrase: said[0], index: said.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

function firstUndenied(text: string, tool: Tool): RegExpExecArray | null {
  for (const m of text.matchAll(new RegExp(tool.pattern.source, `${tool.pattern.flags}g`))) {
    const person = tool.firstName && SURNAME.test(text.slice(m.index + m[0].length));
    if (!person && !isDenied(text, m.index, m.index + m[0].length)) return m as RegExpExecArray;
  }
  return null;
}

/** A capitalised word right after: a surname, unless it is the tool's own part ("Ray Serve", "Ray Data"). */
const SURNAME = /^\s+(?!(?:Serve|Data|Train|Tune|Cluster|Core|Jobs|Datasets|Workflows)\b)[A-Z][a-z]+\b/;

/** A sentence's span: up to its end punctuation or the end of its line. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;
/** Right before a name, a possessive that makes it the team's even in a question: "can our Airflow run it?". */
const OWNED = /\b(?:our|my)\s+(?:[\w-]+\s+)?$/i;

/** A tool known from another workplace: "… at his old job", "at my previous company". */
const ELSEWHERE = /^[^.;]{0,40}?\b(?:at|in)\s+(?:his|her|my|their|your|a|an|the)?\s*(?:old|previous|last|former|prior)\s+(?:job|company|place|employer|team|gig|role|workplace)\b/i;

/** A preference said of an option: "I'd lean Azure ML", "we're leaning towards Vertex". */
const LEANS = /\blean(?:s|ing)?\s+(?:towards?\s+)?$/i;
/** A tool the team may use, not one it runs: "the uni has a Databricks contract", "we have Copilot licences". */
const ENTITLED = /^\s+(?:(?:and|or|&|,)\s+(?!(?:the|a|an|our|their|its|my|his|her)\b)[\w.-]+\s+)?(?:contracts?|licen[cs]es?|seats?|credits|subscriptions?)\b/i;
/** Options lettered inline: "(a) Prefect on the same VM, (b) the group Databricks workspace". */
const LETTERED_OPTIONS = /\(\s*[a-d]\s*\)[^()]{3,200}\(\s*[b-e]\s*\)/i;
/** A sentence that asks for a choice to be made: "Decide where this runs long-term", "choose between". */
const DECIDE = /^\W*(?:\[[^\]]*\]\s*)?(?:decide|choose|pick|evaluate|compare)\s+(?:where|which|whether|between|what)\b/i;
/** A heading that lists options: "Options", "Alternatives considered", "3. Choices:". */
const OPTIONS_HEADING = new RegExp(String.raw`^[ \t]*(?:#+[ \t]*)?(?:\d{1,2}[.)][ \t]*)?(?:options|alternatives|choices|candidates|${STILL_OPEN}|questions(?: for [\w -]{1,30})?)(?:[ \t]+(?:considered|on the table|we see))?[ \t]*:?[ \t]*$`, 'gim');
/** A short line with no end punctuation that is no list item: the next section's heading. */
const NEXT_HEADING = /^[ \t]*(?:#+[ \t]*)?(?![-*•])(?:\d{1,2}[.)][ \t]+)?(?:[\w'&/-]+[ \t]+){0,4}[\w'&/-]+:?[ \t]*$/m;

/** Where each options section runs: from its heading to the next heading. */
function optionSections(text: string): { start: number; end: number }[] {
  return [...text.matchAll(OPTIONS_HEADING)].map((m) => {
    const from = m.index + m[0].length;
    const next = NEXT_HEADING.exec(text.slice(from + 1));
    return { start: from, end: next ? from + 1 + next.index : text.length };
  });
}

/** Said of a tool in its sentence: it is there, but nobody uses it. */
const UNUSED = /\b(?:(?:nobody|no one|no-one)(?:['’]s|\s+is)?\s+(?:has\s+|have\s+)?(?:touched|used|using|opened|maintained|looked at)|(?:never|not|hasn'?t been|haven'?t been|isn'?t|aren'?t)\s+(?:really\s+)?(?:been\s+)?(?:used|touched)|(?:hasn['’]?t|haven['’]?t|has\s+not|have\s+not)\s+(?:really\s+|actually\s+|yet\s+)?(?:used|touched|tried)|unused|dormant|abandoned|mothballed|sits?\s+idle)\b/i;

/**
 * Whether every mention of the tool names it only as an option: in a question, none of them the
 * team's ("Cloud Run? Vertex endpoint?"), or in a sentence that says nobody uses it.
 */
export function onlyAnOption(name: string, text: string): boolean {
  const tool = TOOLS.find((t) => t.name === name);
  if (!tool) return false;
  const global = new RegExp(tool.pattern.source, `${tool.pattern.flags.replace('g', '')}g`);
  let seen = false;
  const listed = optionSections(text);
  for (const s of matches(text, SENTENCE)) {
    // Under an "Options" heading every platform is one of the options.
    if (listed.some((o) => s.index >= o.start && s.index < o.end)) {
      if (global.test(s[0])) seen = true;
      global.lastIndex = 0;
      continue;
    }
    const clauses = s[0].split(';');
    for (const [k, clause] of clauses.entries()) {
      for (const m of clause.matchAll(global)) {
        seen = true;
        const asked = /\?\s*$/.test(s[0]) && !OWNED.test(clause.slice(0, m.index));
        // "… set up in 2022; nobody has touched it since": the next clause may say it of the tool by a pronoun.
        const next = clauses[k + 1] ?? '';
        const unused = UNUSED.test(clause) || (UNUSED.test(next) && /\b(?:it|them)\b/i.test(next));
        // "A view on B vs D, given MWAA already exists", "Decide where this runs: (a) Prefect …, (b) …": named among options.
        const weighed = (/\b(?:vs\.?|versus)\s/i.test(clause) || LETTERED_OPTIONS.test(s[0]) || DECIDE.test(s[0]) || ENTITLED.test(clause.slice(m.index + m[0].length)) || LEANS.test(clause.slice(0, m.index))) && !OWNED.test(clause.slice(0, m.index));
        // "Raj used SageMaker at his old job": known from somewhere else, not run here.
        const elsewhere = ELSEWHERE.test(clause.slice(m.index + m[0].length));
        if (!asked && !unused && !weighed && !elsewhere) return false;
      }
    }
  }
  return seen;
}

/**
 * What an archive holds, as the description names it anywhere ("chest x-ray classification" →
 * "chest x-ray images" for the PACS): the detail when the user said where the archive is but not
 * what is in it. Null for a system that is not an archive or when the text names no such data.
 */
export function heldBy(name: string, text: string): string | null {
  const holds = TOOLS.find((t) => t.name === name)?.holds;
  const m = holds?.exec(text);
  return m ? `${m[1]!.toLowerCase()} images` : null;
}

/** The serving systems the catalogue knows (Seldon, KServe, BentoML…): a team that names one serves with it. */
export const SERVING_TOOLS: ReadonlySet<string> = new Set(TOOLS.filter((t) => t.category === 'deployment').map((t) => t.name));

/** Any data-source tool ("postgres", "S3", "Snowflake"): what a "dumps from …" phrase must name to be ingestion. */
export const SOURCE_TOOL = TOOLS.filter((t) => t.category === 'dataSources').map((t) => `(?:${t.pattern.source})`).join('|');

const ZENML = /\bzenml\b/i;
const ZENML_IN_USE =
  /\b(?:already|currently|we(?:'re| are)?\s+(?:use|using|run|running|on)|our|existing|been using|using|runs? on|built (?:on|with)|we have)\b[^.;\n]{0,40}?\bzenml\b|\bzenml\b[^.;\n]{0,30}?\b(?:already|in production|server|stack|setup|we (?:use|run|have))\b/i;
const ZENML_NOT_YET =
  /\b(?:not|n't|never|new to|consider\w*|evaluat\w*|thinking|want to|plan\w*|would like|might|maybe|trying out|trial|looking at|heard|migrat\w* to|switch\w* to|move to)\b[^.;\n]{0,30}?\bzenml\b/i;

/** Whether a segment says the team already runs ZenML ("we already run ZenML on K8s"). */
export function saysUsesZenml(text: string): boolean {
  return ZENML.test(text) && ZENML_IN_USE.test(text) && !ZENML_NOT_YET.test(text);
}
