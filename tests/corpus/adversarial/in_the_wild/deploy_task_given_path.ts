// SDK: windmill-client 1.818.0 client.mjs task(fnOrPath, maybeFnOrOptions): with a string first, the second argument is taken as the function, so `task("f/deploy", {...})` returns a wrapper and never runs the script.
import { task, workflow } from "windmill-client";

export const main = workflow(async (artifactId: string, version: string) => {
  const dev = await task("f/deploy/rollout", { env: "dev", artifactId, version }); // expect: WAC003
  return { dev, status: "deployed" };
});
