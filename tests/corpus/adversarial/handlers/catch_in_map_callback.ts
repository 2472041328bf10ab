// SDK: windmill-client 1.818.0 client.mjs: the callback runs in the workflow body; its catch takes the StepSuspend of each task and maps it to null.
import { task, workflow } from "windmill-client";

const scanRepo = task(async (repo: string) => ({ repo, vulns: 0 }));

export const main = workflow(async (repos: string[]) => {
  const reports = await Promise.all(
    repos.map(async (repo) => {
      try {
        return await scanRepo(repo);
      } catch { // expect: WAC202
        return null;
      }
    }),
  );
  return reports.filter(Boolean);
});
