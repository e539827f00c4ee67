import type { Grid } from '../core/cells';
import type { BuildSettings } from './sheetPlan';

/** What a template builds from: the stored settings and the source data as read (header row first). */
export interface PlanRequest {
  readonly settings: BuildSettings;
  /** Null for templates without data (scorecard, benchmark reference). */
  readonly data: Grid | null;
}

/** What the wizard asks to build: the settings without their storage version. */
export type BuildRequest = Omit<BuildSettings, 'version'>;
