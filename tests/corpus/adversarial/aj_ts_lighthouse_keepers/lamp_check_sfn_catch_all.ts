// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is a plain Error raised when a task's thenable is awaited; this catch takes it for a lamp failure and walks to NotifyFailure in every round that dispatches the inspection; only _rethrowSwallowed at the next SDK call (notifyKeeper) puts the suspension back, so anything the failure path does before a durable call runs on every such round
// Hand-ported from a Step Functions definition: `Catch: [{ ErrorEquals: ["States.ALL"], Next: "NotifyFailure" }]`.
import { step, task, workflow } from "windmill-client";

type Station = { id: string; name: string; lampType: "LED" | "metal-halide"; keeperPhone: string };
type StateName = "InspectLamp" | "RotateLens" | "NotifyFailure" | "Succeed";

const inspectLamp = task(async (stationId: string) => {
  const r = await fetch(`https://telemetry.lighthouses.example/lamps/${stationId}`);
  if (!r.ok) throw new Error(`telemetry ${r.status}`);
  return (await r.json()) as { hours: number; lumens: number; fault?: string };
});

const rotateLens = task(async (stationId: string, rpm: number) => {
  const r = await fetch(`https://control.lighthouses.example/lens/${stationId}/rpm`, {
    method: "PUT",
    body: JSON.stringify({ rpm }),
  });
  return r.ok;
});

const notifyKeeper = task(async (station: Station, cause: string) => {
  await fetch("https://sms.lighthouses.example/send", {
    method: "POST",
    body: JSON.stringify({ to: station.keeperPhone, text: `${station.name}: ${cause}` }),
  });
});

export const main = workflow(async (station: Station, rpm: number = 4) => {
  let state: StateName = "InspectLamp";
  let failure: { Error: string; Cause: string } | null = null;
  const visited: StateName[] = [];
  while (state !== "Succeed") {
    visited.push(state);
    switch (state) {
      case "InspectLamp":
        try {
          const lamp = await inspectLamp(station.id);
          state = lamp.fault ? "NotifyFailure" : "RotateLens";
          if (lamp.fault) failure = { Error: "LampFault", Cause: lamp.fault };
        } catch (err) { // expect: WAC202
          failure = { Error: "States.ALL", Cause: String(err) };
          state = "NotifyFailure";
        }
        break;
      case "RotateLens":
        await rotateLens(station.id, rpm);
        state = "Succeed";
        break;
      case "NotifyFailure":
        await notifyKeeper(station, failure?.Cause ?? "unknown");
        return { status: "FAILED", visited, failure };
    }
  }
  return await step("result", () => ({ status: "SUCCEEDED", visited }));
});
