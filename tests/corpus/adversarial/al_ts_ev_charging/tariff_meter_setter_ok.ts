// SDK: windmill-client 1.818.0 index.js: the body re-runs after every task; this meter's `set kwh` only writes a `#private` field and an in-memory history, and the telemetry write is a task
// Team code: the dashboard meter, with the telemetry push moved into a task.
import { task, workflow } from "windmill-client";

class SessionMeter {
  #kwh = 0;
  readonly history: number[] = [];
  constructor(readonly sessionId: string) {}

  get kwh(): number {
    return this.#kwh;
  }

  set kwh(value: number) {
    this.#kwh = value;
    this.history.push(value);
  }
}

const readInterval = task(async function readInterval(chargerId: string, interval: number) {
  const r = await fetch(`https://ocpp.voltyard.example/api/chargers/${chargerId}/meter?interval=${interval}`);
  return ((await r.json()) as { kwh: number }).kwh;
});

const pushTelemetry = task(async function pushTelemetry(sessionId: string, kwh: number) {
  await fetch(`https://telemetry.voltyard.example/api/sessions/${sessionId}/kwh`, {
    method: "PUT",
    body: JSON.stringify({ kwh }),
  });
});

export const main = workflow(async (sessionId: string, chargerId: string, intervals: number) => {
  const meter = new SessionMeter(sessionId);
  for (let i = 0; i < intervals; i++) {
    const delivered = await readInterval(chargerId, i);
    meter.kwh += delivered;
  }
  await pushTelemetry(sessionId, meter.kwh);
  return { sessionId, kwh: meter.kwh, samples: meter.history.length };
});
