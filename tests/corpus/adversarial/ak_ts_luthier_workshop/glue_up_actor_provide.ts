// SDK: windmill-client 1.818.0 index.js `workflow` only marks the function, so the body reruns after every task; XState runs the actions `machine.provide(...)` supplies when `actor.send` takes their transition, so `logClamp` posts on every replay
// Ported from an XState v5 machine (added after the fixes): implementations supplied with `provide`, the actor started inline.
import { createActor, createMachine } from "xstate";
import { task, workflow } from "windmill-client";

const clampMachine = createMachine({
  id: "glueUp",
  initial: "open",
  states: {
    open: { on: { CLAMP: { target: "clamped", actions: "logClamp" } } },
    clamped: { on: { RELEASE: "open" } },
  },
});

const scheduleRelease = task(async function scheduleRelease(serial: string, hours: number): Promise<{ at: string }> {
  const r = await fetch("https://shop.luthiers.example/api/clamps/release", { method: "POST", body: JSON.stringify({ serial, hours }) });
  return (await r.json()) as { at: string };
});

const bench = clampMachine.provide({
  actions: {
    logClamp: ({ event }) => {
      void fetch("https://shop.luthiers.example/api/bench-log", { method: "POST", body: JSON.stringify(event) });
    },
  },
});

export const main = workflow(async (serial: string, hours: number) => {
  const actor = createActor(bench).start();
  actor.send({ type: "CLAMP", serial }); // expect: WAC101
  const release = await scheduleRelease(serial, hours);
  return { serial, state: String(actor.getSnapshot().value), release: release.at };
});
