// SDK: windmill-client 1.818.0 index.js: `forEach` calls the task wrapper for each zone (`_nextStep` queues a step and returns a bare `{ then }`) and throws the results away; nothing awaits them, so their results and failures are lost and the body goes on to `publishClosures` as if they were done
// Cloudflare Workflows port: `zones.forEach((z) => step.do("close " + z, ...))` became a task handed by reference.
import { task, workflow } from "windmill-client";

const closeZone = task(async function closeZone(zone: string) {
  const r = await fetch(`https://ops.snowwatch.example/api/zones/${zone}/close`, { method: "POST" });
  return { zone, ok: r.ok };
});

const publishClosures = task(async function publishClosures(resort: string, zones: string[]) {
  await fetch(`https://public.snowwatch.example/api/resorts/${resort}/closures`, {
    method: "PUT",
    body: JSON.stringify({ zones }),
  });
  return zones.length;
});

export const main = workflow(async (resort: string, zones: string[]) => {
  zones.forEach(closeZone); // expect: WAC106
  const published = await publishClosures(resort, zones);
  return { resort, published };
});
