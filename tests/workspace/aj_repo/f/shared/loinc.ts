// LOINC display names, with a freshness stamp shared with the code table.
import { cacheStamp } from "./codes.ts";

const NAMES: Record<string, string> = {
  "2345-7": "Glucose [Mass/volume] in Serum or Plasma",
  "718-7": "Hemoglobin [Mass/volume] in Blood",
  "2160-0": "Creatinine [Mass/volume] in Serum or Plasma",
  "6690-2": "Leukocytes [#/volume] in Blood",
};

export function loincName(code: string): string {
  return NAMES[code] ?? code;
}

export function freshness(): { table: string; checkedAt: number } {
  return { table: "loinc-2.77", checkedAt: cacheStamp() };
}
