// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) returns fn tagged _is_workflow; oracle sig/dag on `export default workflow(async function ...)` find both parameters
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

export default workflow(async function irrigate(zoneIds: string[], litresPerZone: number) {
  const report: { zoneId: string; delivered: number }[] = [];
  for (const zoneId of zoneIds) {
    await openZone(zoneId, litresPerZone);
    await sleep(300);
    report.push({ zoneId, delivered: await flowMeter(zoneId) });
  }
  const shortfall = report.filter((r) => r.delivered < litresPerZone * 0.9).map((r) => r.zoneId);
  return { report, shortfall };
});
