// SDK: windmill-client 1.818.0 index.js `taskScript(path)`'s wrapper sends a lone object argument as the script's named arguments; the object is built with shorthand and spread of a typed record, one object in the call
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

const DEFAULTS = { resolution: "15m", include_raw: false } as const;

export const main = workflow(async (buoyId: string, since: string) => {
  const reading: { chlorophyll: number; tempC: number } = await readBuoy({ ...DEFAULTS, buoy_id: buoyId, since });
  if (reading.chlorophyll > 20) {
    await flagBloom(buoyId, reading.chlorophyll);
  }
  return reading;
});
