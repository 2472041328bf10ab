// SDK: windmill-client 1.818.0 client.mjs: `.then(ok, onRejected)` straight on a task call: `then` throws StepSuspend synchronously inside `.map`, so Promise.all never sees it; but a failed task's `then` (`_nextStep`: `{ then: (_resolve, reject) => { ...; reject(err) } }`) returns nothing, so its entry of `tables` is `undefined` and `t.ok` is a TypeError (run against the SDK's WorkflowCtx; red team AE corrected this file, which was `_ok`)
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
  const tables = await Promise.all(
    stations.map((s) =>
      computeDoppler(s, norad_id).then( // expect: WAC301
        (t) => ({ ok: true as const, station: s.id, url: t.table_url }),
        (e: Error) => ({ ok: false as const, station: s.id, error: e.message }),
      ),
    ),
  );
  const ready = tables.filter((t) => t.ok);
  const pushed = await Promise.all(ready.map((t) => pushToRadio(t.station, (t as { url: string }).url)));
  return await step("tally", () => ({ pushed: pushed.length, failed: tables.length - ready.length }));
});
