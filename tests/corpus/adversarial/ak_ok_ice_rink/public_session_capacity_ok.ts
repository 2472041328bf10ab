// SDK: windmill-client 1.818.0: Date.now() read inside a step and inside a task only; a Promise.all of two task calls started together; the body branches on checkpointed values
import { sleep, step, task, workflow } from "windmill-client";

const CAPACITY = { main: 250, studio: 60 } as const;
type Pad = keyof typeof CAPACITY;

const countInside = task(async (pad: Pad) => {
  const res = await fetch(`https://gates.example-ice.org/api/pads/${pad}/occupancy`);
  const { inside } = (await res.json()) as { inside: number };
  return { pad, inside, at: Date.now() };
});

const setGate = task(async (pad: Pad, open: boolean) => {
  await fetch(`https://gates.example-ice.org/api/pads/${pad}/gate`, { method: "POST", body: JSON.stringify({ open }) });
  return open;
});

export const main = workflow(async (sessionMinutes: number = 90, checkEveryMinutes: number = 10) => {
  const startedAt = await step("session_start", () => Date.now());
  const endAt = startedAt + sessionMinutes * 60_000;
  const log: { round: number; main: number; studio: number }[] = [];
  for (let round = 0; round * checkEveryMinutes < sessionMinutes; round++) {
    const [m, s] = await Promise.all([countInside("main"), countInside("studio")]);
    log.push({ round, main: m.inside, studio: s.inside });
    await Promise.all([setGate("main", m.inside < CAPACITY.main), setGate("studio", s.inside < CAPACITY.studio)]);
    if (m.at >= endAt) break;
    await sleep(checkEveryMinutes * 60);
  }
  return { startedAt: new Date(startedAt).toISOString(), rounds: log.length, log };
});
