// SDK: windmill-client 1.818.0 client.mjs task("f/x", opts): the options object becomes `fn`, dispatched "inline" and then called as a function: the script never runs.
import { task, workflow } from "windmill-client";

const buildImage = task(async (service: string, ref: string) => ({ service, image: `${service}:${ref}` }));

export const main = workflow(async (service: string, ref: string) => {
  const { image } = await buildImage(service, ref);
  const rollout = await task("f/deploy/rollout", { timeout: 900 })({ service, image }); // expect: WAC003
  return { image, rollout };
});
