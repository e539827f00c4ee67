import type { FunctionSpec } from '../spec';

export const benchmarkFunctions: FunctionSpec[] = [];
