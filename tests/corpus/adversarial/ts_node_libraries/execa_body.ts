// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; execa runs the command again on every replay (on whichever worker runs the round).
import { execa } from "execa";
import { task, workflow } from "windmill-client";

const publishImage = task(async (tag: string) => ({ tag, pushed: true }));

export const main = workflow(async (service: string) => {
  const { stdout } = await execa("docker", ["build", "-q", `./services/${service}`]); // expect: WAC101
  return await publishImage(stdout.trim());
});
