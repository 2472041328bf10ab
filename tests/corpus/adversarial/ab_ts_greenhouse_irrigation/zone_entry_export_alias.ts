// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) tags fn; oracle sig on `export { run as main }` gives args: [] so the run is started without zoneIds / litresPerZone
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

const irrigate = workflow(async (zoneIds: string[], litresPerZone: number) => { // expect: WAC005
  const report: { zoneId: string; delivered: number }[] = [];
  for (const zoneId of zoneIds) {
    await openZone(zoneId, litresPerZone);
    await sleep(300);
    report.push({ zoneId, delivered: await flowMeter(zoneId) });
  }
  return { report };
});

export { irrigate as main };
