// SDK: windmill-client 1.818.0 client.mjs: `step as checkpoint` is the same function at run time; Windmill's parser only recognises the literal `step`.
import { step as checkpoint, task, workflow } from "windmill-client"; // expect: WAC001

const provision = task(async (name: string, at: string) => ({ name, at }));

export const main = workflow(async (name: string) => {
  const at = await checkpoint("requested_at", () => new Date().toISOString());
  return await provision(name, at);
});
