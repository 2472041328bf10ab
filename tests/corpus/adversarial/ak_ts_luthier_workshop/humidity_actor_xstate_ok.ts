// SDK: windmill-client 1.818.0 index.js `task`: the alert runs in its own child job, once; XState v5 `getInitialSnapshot` / `getNextSnapshot` compute states without an actor (no actions are executed), so the body only folds checkpointed readings
// Ported from an XState v5 actor that watched the drying room; transitions are computed purely and the alert is a task.
import { getInitialSnapshot, getNextSnapshot, setup } from "xstate";
import { task, workflow } from "windmill-client";

const dryingRoom = setup({
  types: { context: {} as { high: number }, events: {} as { type: "READING"; rh: number } },
}).createMachine({
  id: "dryingRoom",
  initial: "ok",
  context: { high: 0 },
  states: {
    ok: { on: { READING: { guard: ({ event }) => event.rh > 55, target: "tooWet" } } },
    tooWet: { on: { READING: { guard: ({ event }) => event.rh <= 50, target: "ok" } } },
  },
});

const readHygrometers = task(async function readHygrometers(room: string): Promise<number[]> {
  const r = await fetch(`https://sensors.luthiers.example/api/rooms/${room}/rh?hours=24`);
  return (await r.json()) as number[];
});

const alertShop = task(async function alertShop(room: string, rh: number): Promise<void> {
  await fetch("https://chat.luthiers.example/hooks/humidity", { method: "POST", body: JSON.stringify({ room, rh }) });
});

export const main = workflow(async (room: string) => {
  const readings = await readHygrometers(room);
  let snapshot = getInitialSnapshot(dryingRoom);
  for (const rh of readings) {
    const next = getNextSnapshot(dryingRoom, snapshot, { type: "READING", rh });
    if (next.value === "tooWet" && snapshot.value === "ok") await alertShop(room, rh);
    snapshot = next;
  }
  return { room, state: String(snapshot.value) };
});
