// SDK: windmill-client 1.818.0 client.mjs: inside the helper `wmill` is its parameter (a local fake here), not the SDK namespace.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

type Vars = { getVariable: (p: string) => Promise<string> };

async function readWith(wmill: Vars, path: string): Promise<string> {
  return await wmill.getVariable(path);
}

const call = task(async (token: string) => token.length);

export const main = workflow(async (path: string) => {
  const fake: Vars = { getVariable: async (p: string) => `fake:${p}` };
  const token = await readWith(fake, path);
  return { n: await call(token), ws: wmill.getWorkspace() };
});
