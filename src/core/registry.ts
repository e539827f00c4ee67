import { benchmarkFunctions } from './kpis/benchmarks';
import { financeFunctions } from './kpis/finance';
import { operationsFunctions } from './kpis/operations';
import { revenueFunctions } from './kpis/revenue';
import { serviceDeskFunctions } from './kpis/servicedesk';
import type { FunctionSpec } from './spec';

/** Every custom function, in the order of SPEC §3. Adapters, docs and metadata derive from this. */
export const FUNCTIONS: readonly FunctionSpec[] = [
  ...revenueFunctions,
  ...financeFunctions,
  ...operationsFunctions,
  ...serviceDeskFunctions,
  ...benchmarkFunctions,
];

const byId = new Map(FUNCTIONS.map((f) => [f.id, f]));

export function getFunction(id: string): FunctionSpec | undefined {
  return byId.get(id.toUpperCase().replace(/^MSP\./, ''));
}
