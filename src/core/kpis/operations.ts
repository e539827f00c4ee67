import type { FunctionSpec } from '../spec';

export const operationsFunctions: FunctionSpec[] = [];
