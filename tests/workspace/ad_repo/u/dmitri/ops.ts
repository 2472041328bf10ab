// Dmitri's outage helpers, one default-exported object (imported as `ops`).
const STATUS = "https://status.riverbend.internal/api";

async function fetchAll(kind: string): Promise<{ id: string; zone: string; since: string }[]> {
  const res = await fetch(`${STATUS}/${kind}?open=1`);
  return (await res.json()) as { id: string; zone: string; since: string }[];
}

function byZone<T extends { zone: string }>(rows: T[]): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const r of rows) (out[r.zone] ??= []).push(r);
  return out;
}

export default { fetchAll, byZone };
