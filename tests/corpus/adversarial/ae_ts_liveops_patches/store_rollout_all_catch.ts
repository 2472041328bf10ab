// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` adopts each task's bare `{ then }`; the pending ones throw `StepSuspend` into it, which `.catch(() => [])` turns into an empty list, so the body reports "no stores updated" on every suspension (added after the fixes)
import { task, workflow } from "windmill-client";

type Store = "steam" | "epic" | "psn" | "xbox";

const publishToStore = task(async (store: Store, build: string) => {
  const r = await fetch(`https://stores.stormforge-games.example/${store}/publish`, {
    method: "POST",
    body: JSON.stringify({ build }),
  });
  if (!r.ok) throw new Error(`${store}: ${r.status}`);
  return (await r.json()) as { store: Store; live: boolean };
});

const postStatus = task(async (build: string, live: string[]) => {
  await fetch("https://status.stormforge-games.example/api/incidents", {
    method: "POST",
    body: JSON.stringify({ title: `Patch ${build}`, body: `Live on ${live.join(", ") || "no store"}` }),
  });
});

export const main = workflow(async (build: string, stores: Store[]) => {
  const jobs = stores.map((s) => publishToStore(s, build));
  const results = await Promise.all(jobs).catch(() => []); // expect: WAC202
  const live = results.filter((r) => r.live).map((r) => r.store);
  await postStatus(build, live);
  return { build, live };
});
