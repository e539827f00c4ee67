export { buildPlan } from './buildPlan';
export { type ColumnFound, type DataInspection, dataKind, inspectData } from './inspect';
export type { KpiFinding } from './findings';
export type { BuildRequest, PlanRequest } from './request';
