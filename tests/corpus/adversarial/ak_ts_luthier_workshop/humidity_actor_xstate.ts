// SDK: windmill-client 1.818.0 index.js `workflow` only marks the function, so the body reruns from the top after every task; an XState actor started in the body runs the machine's actions on `send`, and `alertShop` posts with fetch on every replay that replays the readings
// Ported from an XState v5 actor that watched the drying room; the readings now come from a task.
import { createActor, setup } from "xstate";
import { task, workflow } from "windmill-client";

const dryingRoom = setup({
  types: { context: {} as { high: number }, events: {} as { type: "READING"; rh: number } },
  actions: {
    alertShop: ({ event }) => {
      void fetch("https://chat.luthiers.example/hooks/humidity", { method: "POST", body: JSON.stringify({ rh: event.rh }) });
    },
  },
}).createMachine({
  id: "dryingRoom",
  initial: "ok",
  context: { high: 0 },
  states: {
    ok: { on: { READING: { guard: ({ event }) => event.rh > 55, target: "tooWet", actions: "alertShop" } } },
    tooWet: { on: { READING: { guard: ({ event }) => event.rh <= 50, target: "ok" } } },
  },
});

const readHygrometers = task(async function readHygrometers(room: string): Promise<number[]> {
  const r = await fetch(`https://sensors.luthiers.example/api/rooms/${room}/rh?hours=24`);
  return (await r.json()) as number[];
});

export const main = workflow(async (room: string) => {
  const readings = await readHygrometers(room);
  const actor = createActor(dryingRoom).start();
  for (const rh of readings) {
    actor.send({ type: "READING", rh }); // expect: WAC101
  }
  const state = String(actor.getSnapshot().value);
  actor.stop();
  return { room, state };
});
