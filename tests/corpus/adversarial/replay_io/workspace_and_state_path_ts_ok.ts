// SDK: windmill-client 1.818.0 client.mjs getWorkspace() / getStatePath() read the job's environment (fixed for the job) and make no request.
import { getStatePath, getWorkspace, task, workflow } from "windmill-client";

const archive = task(async (workspace: string, statePath: string, key: string) => `${workspace}/${statePath}/${key}`);

export const main = workflow(async (key: string) => {
  return await archive(getWorkspace(), getStatePath(), key);
});
