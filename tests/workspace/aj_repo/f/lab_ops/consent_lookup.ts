type Consent = { granted: boolean; scope: string[]; expires?: string };

export async function main(patientId: string, purpose: "treatment" | "research" | "quality" | "billing"): Promise<Consent> {
  const res = await fetch(`https://consent.stmarys.internal/v2/patients/${patientId}?purpose=${purpose}`);
  if (res.status === 404) return { granted: false, scope: [] };
  return (await res.json()) as Consent;
}
