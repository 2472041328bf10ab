// SDK: windmill-client 1.818.0 index.js: only `sleep` suspends durably (`_sleep`); a `Promise.withResolvers` resolved by `setTimeout` holds the worker for the whole wait, in every round that reaches it
import { task, workflow } from "windmill-client";

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
  const { promise, resolve } = Promise.withResolvers<void>();
  setTimeout(resolve, settleSeconds * 1000); // expect: WAC101
  await promise;
  const photo = await photograph(entryId);
  return { ...hung, photo: photo.url };
});
