// Read-only EHR chart access. `fetch` here is the chart fetch, not the global one.
export type Chart = { mrn: string; problems: string[]; meds: string[]; allergies: string[] };

async function fetch(mrn: string): Promise<Chart> {
  const res = await globalThis.fetch(`https://ehr.stmarys.internal/fhir/R4/Patient/${mrn}/$everything`);
  return (await res.json()) as Chart;
}

function summarize(chart: Chart): string {
  return `${chart.mrn}: ${chart.problems.length} problems, ${chart.meds.length} meds, allergies: ${chart.allergies.join(", ") || "none"}`;
}

export default { fetch, summarize };
