// SDK: windmill-client 1.818.0 index.js `taskScript(path)`'s wrapper takes one object of named arguments; any other call sends `{ arg0, arg1, ... }` (`args.reduce`), so spreading a two-item tuple sends `arg0` / `arg1`, names f/kelp/read_buoy does not take
import { taskScript, task, workflow } from "windmill-client";

const readBuoy = taskScript("f/kelp/read_buoy", { timeout: 120 });

const flagBloom = task(async function flagBloom(buoyId: string, chlorophyll: number) {
  await fetch("https://ops.saltmarsh-kelp.example/api/alerts", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "algal_bloom", buoyId, chlorophyll }),
  });
  return { flagged: true };
});

export const main = workflow(async (buoyId: string, since: string) => {
  const query = [buoyId, since] as const;
  const reading: { chlorophyll: number; tempC: number } = await readBuoy(...query); // expect: WAC301
  if (reading.chlorophyll > 20) {
    await flagBloom(buoyId, reading.chlorophyll);
  }
  return reading;
});
