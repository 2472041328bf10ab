import { task } from "/f/platform/wac.ts";
import { unitKey } from "./units.ts";

export type Screening = { applicantId: string; score: number; flags: string[] };

// Units per building, keyed by building id.
export const loadUnits = task(async (buildingIds: string[]) => {
  const resp = await fetch("https://pms.internal/units?b=" + buildingIds.join(","));
  const rows = (await resp.json()) as { building: string; unit: string }[];
  const byBuilding = new Map<string, string[]>();
  for (const r of rows) byBuilding.set(r.building, [...(byBuilding.get(r.building) ?? []), unitKey(r.building, r.unit)]);
  return byBuilding; // expect: WAC107
});

export const vacantUnits = task(async (buildingId: string) => {
  const resp = await fetch(`https://pms.internal/buildings/${buildingId}/vacant`);
  const units = (await resp.json()) as string[];
  return { buildingId, vacant: new Set(units), checkedAt: new Date().toISOString() }; // expect: WAC107
});

export const screenApplicant = task(async (applicantId: string): Promise<Screening> => {
  const resp = await fetch(`https://pms.internal/applicants/${applicantId}/screening`);
  return (await resp.json()) as Screening;
});
