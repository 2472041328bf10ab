// SDK: windmill-client 1.818.0 client.mjs: the async callback's `await computeDoppler(...)` rejects with StepSuspend, and `Promise.allSettled` records it as a `rejected` entry instead of letting it unwind the body.
import { task, step, workflow } from "windmill-client";

type Station = { id: string; lat: number; lon: number; alt_m: number };

const computeDoppler = task(async function computeDoppler(station: Station, noradId: number) {
  const res = await fetch("https://orbit.internal/api/doppler", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ station, norad_id: noradId, carrier_hz: 437_800_000 }),
  });
  return (await res.json()) as { station: string; table_url: string };
});

const pushToRadio = task(async function pushToRadio(stationId: string, tableUrl: string) {
  await fetch(`https://${stationId}.gs.internal/radio/doppler`, { method: "PUT", body: tableUrl });
  return { station: stationId };
});

export const main = workflow(async (stations: Station[], norad_id: number) => {
  const settled = await Promise.allSettled( // expect: WAC202
    stations.map(async (s) => {
      const table = await computeDoppler(s, norad_id);
      return await pushToRadio(s.id, table.table_url);
    }),
  );
  const ok = settled.filter((r) => r.status === "fulfilled").length;
  const failed = settled.length - ok;
  return await step("tally", () => ({ ok, failed }));
});
