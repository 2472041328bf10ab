// SDK: windmill-client 1.818.0 dist/client.mjs: sleep(seconds) suspends the workflow server-side
// Hydrant flushing round: open each hydrant of the route in turn (a task on the SCADA
// gateway), wait for the water to clear, record the turbidity reading.
import { sleep, task, workflow } from "windmill-client";
import * as common from "../common/index.ts";
import { addDays, isoNow } from "./time.ts";

const openHydrant = task(async (hydrantId: string, minutes: number) => {
  return await common.postJson<{ turbidity: number }>(`/hydrants/${hydrantId}/flush`, { minutes });
});

type Stop = { hydrantId: string; minutes: number };

export const main = workflow(async (routeDay: string, stops: Stop[]) => {
  const startedAt = isoNow(routeDay);
  const readings: { hydrantId: string; turbidity: number }[] = [];
  for (const stop of stops) {
    const r = await openHydrant(stop.hydrantId, stop.minutes);
    readings.push({ hydrantId: stop.hydrantId, turbidity: r.turbidity });
    await sleep(stop.minutes * 60 + common.meterMath.jitter(120)); // expect: WAC102
  }
  const dirty = readings.filter((r) => r.turbidity > 1.0).map((r) => r.hydrantId);
  return { startedAt, revisitOn: dirty.length ? addDays(routeDay, 7) : null, dirty };
});
