// SDK: windmill-client 1.818.0 client.mjs: the guide counts environment reads as external state; read it inside step() to branch on it.
import { task, workflow } from "windmill-client";

const deploy = task(async (env: string, ref: string) => `${env}:${ref}`);

export const main = workflow(async (ref: string) => {
  const target = process.env.DEPLOY_TARGET ?? "staging"; // expect: WAC102
  return await deploy(target, ref);
});
