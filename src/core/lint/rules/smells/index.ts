/**
 * The smell rules: designs that parse fine but will hurt, each explained with its concrete cost
 * (seeds 000/001/003). Order is the catalogue order: what is a pipeline, how pipelines connect,
 * dynamic pipelines, sizing, then the Model Control Plane and serving.
 */
import type { Rule } from '../../types';
import { duplicateTracking } from './duplicate-tracking';
import { dynamicFailureMode } from './dynamic-failure-mode';
import { dynamicOrchestrator } from './dynamic-orchestrator';
import { dynamicOveruse } from './dynamic-overuse';
import { featureStoreMvp } from './feature-store-mvp';
import { mcpConsistency } from './mcp-consistency';
import { mcpStage } from './mcp-stage';
import { megaPipeline } from './mega-pipeline';
import { metaPipeline } from './meta-pipeline';
import { microserviceSteps } from './microservice-steps';
import { notAPipeline } from './not-a-pipeline';
import { pipelineChain } from './pipeline-chain';
import { realtimeLatency } from './realtime-latency';
import { realtimeRetraining } from './realtime-retraining';
import { scheduleUnsupported } from './schedule-unsupported';
import { teamCapacity } from './team-capacity';
import { tinyStep } from './tiny-step';
import { tooManySources } from './too-many-sources';
import { variantPipelines } from './variant-pipelines';

export const SMELL_RULES: Rule[] = [
  notAPipeline,
  megaPipeline,
  metaPipeline,
  pipelineChain,
  variantPipelines,
  dynamicOveruse,
  dynamicOrchestrator,
  dynamicFailureMode,
  scheduleUnsupported,
  teamCapacity,
  tooManySources,
  featureStoreMvp,
  realtimeRetraining,
  tinyStep,
  microserviceSteps,
  duplicateTracking,
  mcpConsistency,
  mcpStage,
  realtimeLatency,
];
