// SDK: windmill-client 1.818.0 client.mjs: for-await over the task calls resolves each thenable in array order; a catch that rethrows anything not named TaskError (taskErrorFromMarker sets err.name = "TaskError") lets StepSuspend through
import { task, workflow, step, sleep, waitForApproval } from "windmill-client";

type Sensor = { id: string; room: string; kind: "door" | "laser" | "pressure" };

const probeSensor = task(async (s: Sensor) => {
  const r = await fetch(`https://rooms.lockbox-escapes.example/sensors/${s.id}/selftest`, { method: "POST" });
  if (!r.ok) throw new Error(`${s.id} selftest ${r.status}`);
  return { id: s.id, ok: (await r.json()).pass as boolean };
});

const replaceSensor = task(async (sensorId: string, tech: string) => {
  const r = await fetch("https://maintenance.lockbox-escapes.example/tickets", {
    method: "POST",
    body: JSON.stringify({ sensorId, tech }),
  });
  return (await r.json()).ticket as string;
});

function byRoomThenId(a: Sensor, b: Sensor): number {
  return a.room.localeCompare(b.room) || a.id.localeCompare(b.id);
}

export const main = workflow(async (sensors: Sensor[], tech: string) => {
  const ordered = [...sensors].sort(byRoomThenId);
  const failed: string[] = [];
  for await (const result of ordered.map((s) => probeSensor(s))) {
    if (!result.ok) failed.push(result.id);
  }
  const tickets: string[] = [];
  for (const id of failed) {
    const answer = await waitForApproval({ timeout: 8 * 3600 });
    if (!answer.approved) continue;
    try {
      tickets.push(await replaceSensor(id, tech));
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "TaskError") throw e;
      await sleep(600);
    }
  }
  const summary = await step("sweep_summary", () => ({ probed: ordered.length, failed, tickets }));
  return summary;
});
