// SDK: windmill-client 1.818.0 client.mjs: the task body runs once in its own job; the spawned process and its output are checkpointed as the task's result.
import { task, workflow } from "windmill-client";

const headSha = task(async (repo: string) => {
  const proc = Bun.spawn(["git", "-C", repo, "rev-parse", "HEAD"], { stdout: "pipe" });
  return (await new Response(proc.stdout).text()).trim();
});
const deploy = task(async (sha: string, env: string) => ({ sha, env, ok: true }));

export const main = workflow(async (repo: string, env: string) => {
  const sha = await headSha(repo);
  return await deploy(sha, env);
});
