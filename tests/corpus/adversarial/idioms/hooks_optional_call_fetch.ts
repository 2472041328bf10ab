// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays from the top; the optional call `hooks.onDone?.(...)` runs the file's hook, a `fetch`, on every replay.
import { task, workflow } from "windmill-client";

const hooks: { onDone?: (summary: string) => Promise<Response> } = {
  onDone: (summary) => fetch("https://hooks.example.com/done", { method: "POST", body: summary }),
};

const build = task(async function build(ref: string) {
  return { ref, artifacts: 3 };
});

export const main = workflow(async (ref: string) => {
  const result = await build(ref);
  await hooks.onDone?.(`${result.ref}: ${result.artifacts} artifacts`); // expect: WAC101
  return result;
});
