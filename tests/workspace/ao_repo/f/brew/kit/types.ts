// Shapes shared by the taproom scripts.
export interface BatchInfo {
  batchId: string;
  beer: string;
  litres: number;
}

export type TapLine = { line: string; beer: string | null };

export const DEFAULT_LINE = "tap-1";
