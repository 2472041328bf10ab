// SDK: windmill-client 1.818.0 client.mjs / wacError.mjs: a failed task is rethrown as an Error named "TaskError"; the catch handles only that and rethrows everything else (StepSuspend included)
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
        } catch (err) {
          if (!(err instanceof Error) || err.name !== "TaskError") throw err;
          failure = { Error: "States.ALL", Cause: err.message };
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
