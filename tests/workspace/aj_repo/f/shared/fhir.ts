// FHIR R4 helpers for lab results.
import { postJson } from "./http.ts";
import { clock } from "./clock.ts";

export type Resource = { resourceType: string; [k: string]: unknown };

export function observation(accession: string, loinc: string, value: number, unit: string): Resource {
  return {
    resourceType: "Observation",
    status: "final",
    identifier: [{ system: "urn:stmarys:accession", value: accession }],
    code: { coding: [{ system: "http://loinc.org", code: loinc }] },
    valueQuantity: { value, unit },
  };
}

export function bundle(entries: Resource[]): Resource {
  return {
    resourceType: "Bundle",
    type: "transaction",
    entry: entries.map((e) => ({ resource: e, request: { method: "POST", url: e.resourceType } })),
  };
}

export function stampedBundle(entries: Resource[]): Resource {
  return { ...bundle(entries), timestamp: clock.iso() };
}

export async function send(payload: Resource): Promise<{ id: string }> {
  return await postJson<{ id: string }>("/fhir/R4", payload);
}
