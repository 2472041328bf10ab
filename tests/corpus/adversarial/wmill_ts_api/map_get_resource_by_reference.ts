// SDK: windmill-client 1.818.0 client.mjs getResource(): handed to .map, it is called once per path in the body on every replay.
import { getResource, task, workflow } from "windmill-client";

const check = task(async (configs: unknown[]) => configs.length);

export const main = workflow(async (paths: string[]) => {
  const configs = await Promise.all(paths.map(getResource)); // expect: WAC101
  return await check(configs);
});
