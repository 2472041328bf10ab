// SDK: windmill-client 1.818.0 index.js: `sleep(seconds)` suspends durably (`_sleep`, key `sleep`) and frees the worker; `Promise.withResolvers` here only pairs the two tasks' results in memory
import { sleep, task, workflow } from "windmill-client";

const hangQuilt = task(async function hangQuilt(entryId: string, wall: string) {
  const r = await fetch(`https://venue.quiltguild.example/api/walls/${wall}/hang`, {
    method: "POST",
    body: JSON.stringify({ entryId }),
  });
  return (await r.json()) as { position: number };
});

const photograph = task(async function photograph(entryId: string) {
  const r = await fetch(`https://venue.quiltguild.example/api/photos/${entryId}`, { method: "POST" });
  return (await r.json()) as { url: string };
});

export const main = workflow(async (entryId: string, wall: string, settleSeconds: number = 600) => {
  const hung = await hangQuilt(entryId, wall);
  await sleep(settleSeconds);
  const { promise, resolve } = Promise.withResolvers<string>();
  resolve((await photograph(entryId)).url);
  return { ...hung, photo: await promise };
});
