// SDK: windmill-client 1.818.0 client.mjs: the workflow body is re-executed on replay, so file writes in it repeat.
import fs = require("fs");
import { step, task, workflow } from "windmill-client";

const lintRepo = task(async (repo: string): Promise<{ errors: number; warnings: number }> => {
  const res = await fetch(`https://ci.example.com/api/lint?repo=${encodeURIComponent(repo)}`);
  return await res.json();
});

export const main = workflow(async (repo: string) => {
  const summary = await lintRepo(repo);
  const reportPath = await step("report_path", () => `/tmp/lint-${Date.now()}.json`);
  fs.appendFileSync("/tmp/lint-history.log", `${repo} ${summary.errors}\n`); // expect: WAC101
  return { ...summary, reportPath };
});
