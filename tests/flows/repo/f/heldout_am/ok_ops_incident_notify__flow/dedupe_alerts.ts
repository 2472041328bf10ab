type Alert = { fingerprint: string; name: string; startsAt: string };

export async function main(alerts: Alert[]) {
  const seen = new Map<string, Alert>();
  for (const a of alerts) {
    if (!seen.has(a.fingerprint)) seen.set(a.fingerprint, a);
  }
  return [...seen.values()];
}
