// SDK: windmill-client 1.818.0 client.mjs: a module-level arrow wrapping fetch runs in the body when the body calls it.
import { task, workflow } from "windmill-client";

const api = (path: string, init?: RequestInit) => fetch(`https://api.example.com${path}`, init);

const compute = task(async (n: number) => n * 2);

export const main = workflow(async (n: number) => {
  const doubled = await compute(n);
  await api("/results", { method: "POST", body: JSON.stringify({ doubled }) }); // expect: WAC101
  return doubled;
});
