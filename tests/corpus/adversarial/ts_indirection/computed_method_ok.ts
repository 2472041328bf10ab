// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a computed key picking one of several tasks dispatches a task (checkpointed), not a request in the body.
import { task, workflow } from "windmill-client";

const getJson = task(async (url: string) => (await fetch(url)).json());
const remove = task(async (url: string) => (await fetch(url, { method: "DELETE" })).status);

const ops = { get: getJson, delete: remove };

export const main = workflow(async (url: string, method: "get" | "delete") => {
  const out = await ops[method](url);
  return { method, out };
});
