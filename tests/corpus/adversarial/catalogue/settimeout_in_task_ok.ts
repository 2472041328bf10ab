// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; its setTimeout back-off is not replayed.
import { sleep, task, workflow } from "windmill-client";

const submitJob = task(async (spec: string) => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch("https://batch.example.com/api/jobs", { method: "POST", body: spec });
    if (res.ok) return ((await res.json()) as { id: string }).id;
    await new Promise((r) => setTimeout(r, 2 ** attempt * 1000));
  }
  throw new Error("submit failed");
});

const jobState = task(async (id: string) => ((await (await fetch(`https://batch.example.com/api/jobs/${id}`)).json()) as { state: string }).state);

export const main = workflow(async (spec: string) => {
  const id = await submitJob(spec);
  let state = await jobState(id);
  while (state === "running") {
    await sleep(60);
    state = await jobState(id);
  }
  return { id, state };
});
