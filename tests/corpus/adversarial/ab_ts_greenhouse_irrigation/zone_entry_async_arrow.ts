// SDK: windmill-client 1.818.0 client.mjs: step() and sleep() run in place without a workflow ctx (no checkpoint); oracle dag: "No workflow() wrapped async function found."
import { task, step, sleep, workflow } from "windmill-client";

const openZone = task(async (zoneId: string, litres: number) => {
  const res = await fetch(`https://gh.verdant.example/api/zones/${zoneId}/irrigate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ litres }),
  });
  return { zoneId, ok: res.ok };
});

const flowMeter = task(async (zoneId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/zones/${zoneId}/flow`);
  return ((await res.json()) as { litres: number }).litres;
});

export const main = async (zoneIds: string[], litresPerZone: number) => { // expect: WAC005
  const report: { zoneId: string; delivered: number }[] = [];
  for (const zoneId of zoneIds) {
    await openZone(zoneId, litresPerZone);
    await sleep(300);
    const delivered = await flowMeter(zoneId);
    report.push({ zoneId, delivered });
  }
  const shortfall = await step("shortfall", () =>
    report.filter((r) => r.delivered < litresPerZone * 0.9).map((r) => r.zoneId),
  );
  return { report, shortfall };
};
