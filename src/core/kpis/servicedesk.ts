import type { FunctionSpec } from '../spec';

export const serviceDeskFunctions: FunctionSpec[] = [];
