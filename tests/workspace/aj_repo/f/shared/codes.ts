// CPT billing codes for lab panels; names come from the LOINC table.
import { loincName } from "./loinc.ts";

export const CPT: Record<string, { cpt: string; cents: number }> = {
  "2345-7": { cpt: "82947", cents: 1150 },
  "718-7": { cpt: "85018", cents: 920 },
  "2160-0": { cpt: "82565", cents: 1080 },
  "6690-2": { cpt: "85048", cents: 870 },
};

export function describe(loinc: string): string {
  const row = CPT[loinc];
  return row ? `${row.cpt} ${loincName(loinc)}` : `unbilled ${loinc}`;
}

export function cacheStamp(): number {
  return Date.now();
}
