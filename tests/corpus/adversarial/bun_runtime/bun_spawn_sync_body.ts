// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; spawning git in the body runs the process each round and HEAD can move between rounds.
import { task, workflow } from "windmill-client";

const deploy = task(async (sha: string, env: string) => ({ sha, env, ok: true }));

export const main = workflow(async (env: string) => {
  const proc = Bun.spawnSync(["git", "rev-parse", "HEAD"]); // expect: WAC101
  const sha = proc.stdout.toString().trim();
  return await deploy(sha, env);
});
