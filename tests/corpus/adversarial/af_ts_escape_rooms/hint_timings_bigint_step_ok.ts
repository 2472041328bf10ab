// SDK: windmill-client 1.818.0 client.mjs: a step returning Date.now() checkpoints a JSON number, the same in every replay
import { task, workflow, step, sleep } from "windmill-client";

type Hint = { at: number; text: string };

const pushHint = task(async (room: string, hint: Hint) => {
  await fetch(`https://rooms.lockbox-escapes.example/${room}/screen`, { method: "POST", body: JSON.stringify(hint) });
  return hint.text;
});

const roomSolved = task(async (room: string) => {
  const r = await fetch(`https://rooms.lockbox-escapes.example/${room}/state`);
  return (await r.json()).solved as boolean;
});

export const main = workflow(async (room: string, hints: Hint[], checkEverySeconds = 300) => {
  const startedMs = await step("started_ms", () => Date.now());
  const pushed: string[] = [];
  for (const hint of [...hints].sort((a, b) => a.at - b.at)) {
    await sleep(checkEverySeconds);
    if (await roomSolved(room)) break;
    pushed.push(await pushHint(room, hint));
  }
  const endMs = await step("ended_ms", () => Date.now());
  return { room, pushed, seconds: Math.round((endMs - startedMs) / 1000) };
});
