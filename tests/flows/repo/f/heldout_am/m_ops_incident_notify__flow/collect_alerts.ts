import * as wmill from "windmill-client";

type Alert = { fingerprint: string; name: string; startsAt: string; labels: Record<string, string> };

export async function main(service: string, window_minutes: number = 15) {
  const am = await wmill.getResource("f/heldout_am/alertmanager");
  const res = await fetch(`${am.url}/api/v2/alerts?filter=service%3D%22${service}%22`);
  const all: Alert[] = await res.json();
  const since = Date.now() - window_minutes * 60_000;
  const alerts = all.filter((a) => Date.parse(a.startsAt) >= since);
  return { alerts, firing: alerts.length };
}
