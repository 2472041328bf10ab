// SDK: windmill-client 1.818.0 index.js: the workflow body re-runs from the top after every task (`_nextStep` raises `StepSuspend`); `meter.kwh += ...` calls the `set kwh` accessor, which posts to the telemetry API each time the body runs
// Team code: a meter object that mirrors every change to the telemetry service, reused from the charger dashboard.
import { task, workflow } from "windmill-client";

class SessionMeter {
  #kwh = 0;
  constructor(readonly sessionId: string) {}

  get kwh(): number {
    return this.#kwh;
  }

  set kwh(value: number) {
    this.#kwh = value;
    void fetch(`https://telemetry.voltyard.example/api/sessions/${this.sessionId}/kwh`, {
      method: "PUT",
      body: JSON.stringify({ kwh: value }),
    });
  }
}

const readInterval = task(async function readInterval(chargerId: string, interval: number) {
  const r = await fetch(`https://ocpp.voltyard.example/api/chargers/${chargerId}/meter?interval=${interval}`);
  return ((await r.json()) as { kwh: number }).kwh;
});

export const main = workflow(async (sessionId: string, chargerId: string, intervals: number) => {
  const meter = new SessionMeter(sessionId);
  for (let i = 0; i < intervals; i++) {
    const delivered = await readInterval(chargerId, i);
    meter.kwh += delivered; // expect: WAC101
  }
  return { sessionId, kwh: meter.kwh };
});
