import type { FunctionSpec } from '../spec';

export const revenueFunctions: FunctionSpec[] = [];
