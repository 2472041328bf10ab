// SDK: windmill-client 1.818.0 client.mjs: encodeCheckpointPayload writes a bigint as its digits, and step() returns the decoded payload, so `startedNs` is a string and `endNs - startedNs` throws (Cannot mix BigInt and other types)
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
  const startedNs = await step("started_ns", () => process.hrtime.bigint()); // expect: WAC107
  const pushed: string[] = [];
  for (const hint of [...hints].sort((a, b) => a.at - b.at)) {
    await sleep(checkEverySeconds);
    if (await roomSolved(room)) break;
    pushed.push(await pushHint(room, hint));
  }
  const endNs = await step("ended_ns", () => process.hrtime.bigint()); // expect: WAC107
  return { room, pushed, seconds: Number((endNs - startedNs) / 1_000_000_000n) };
});
