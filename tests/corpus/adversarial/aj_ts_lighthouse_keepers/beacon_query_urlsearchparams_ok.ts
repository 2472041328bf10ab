// SDK: windmill-client 1.818.0 client.mjs: the step returns the query string itself (`q.toString()`), a plain string that survives the checkpoint's JSON
import { step, task, workflow } from "windmill-client";

type Sweep = { region: string; since: string; kinds: string[] };

const fetchAlarms = task(async (query: string) => {
  const r = await fetch(`https://telemetry.lighthouses.example/alarms?${query}`);
  return (await r.json()) as Array<{ station: string; code: string; at: string }>;
});

const ackAlarms = task(async (station: string, codes: string[]) => {
  const r = await fetch(`https://telemetry.lighthouses.example/alarms/${station}/ack`, {
    method: "POST",
    body: JSON.stringify({ codes }),
  });
  return r.ok;
});

export const main = workflow(async (sweep: Sweep) => {
  const query = await step("build_query", () => {
    const q = new URLSearchParams({ region: sweep.region, since: sweep.since });
    for (const k of sweep.kinds) q.append("kind", k);
    q.sort();
    return q.toString();
  });
  const alarms = await fetchAlarms(query);
  const byStation = Object.groupBy(alarms, (a) => a.station);
  const acked: string[] = [];
  for (const [station, list] of Object.entries(byStation)) {
    if (!list?.length) continue;
    if (await ackAlarms(station, list.map((a) => a.code))) acked.push(station);
  }
  return { alarms: alarms.length, acked };
});
