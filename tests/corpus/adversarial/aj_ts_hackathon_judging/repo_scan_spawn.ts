// SDK: windmill-client 1.818.0 client.mjs: the body reruns from the top after each task; Bun.spawnSync in the body clones again every round (on whatever worker runs it), and a performance.now() budget measured in the body differs from round to round, so the branch it picks can change between replays
import { step, task, workflow } from "windmill-client";

type Submission = { id: string; repo: string; branch: string };

const LICENSE_OK = new Set(["MIT", "Apache-2.0", "BSD-3-Clause", "MPL-2.0"]);

const detectLicense = task(async (repo: string, branch: string) => {
  const r = await fetch(`https://api.github.com/repos/${repo}/license?ref=${branch}`);
  if (r.status === 404) return null;
  return ((await r.json()) as { license: { spdx_id: string } }).license.spdx_id;
});

const plagiarismCheck = task(async (submissionId: string, files: string[]) => {
  const r = await fetch("https://copycat.hackday.example/api/check", {
    method: "POST",
    body: JSON.stringify({ submissionId, files }),
  });
  return ((await r.json()) as { similarity: number }).similarity;
});

export const main = workflow(async (submissions: Submission[]) => {
  const startedAt = performance.now(); // expect: WAC102
  const report: Array<{ id: string; license: string | null; similarity: number | null }> = [];
  for (const sub of submissions) {
    const license = await detectLicense(sub.repo, sub.branch);
    const checkout = Bun.spawnSync(["git", "clone", "--depth=1", "-b", sub.branch, `https://github.com/${sub.repo}`, `/tmp/scan/${sub.id}`]); // expect: WAC101
    const files = checkout.success ? new TextDecoder().decode(checkout.stdout).split("\n").filter(Boolean) : [];
    const overBudget = performance.now() - startedAt > 20 * 60_000; // expect: WAC102
    const similarity = overBudget ? null : await plagiarismCheck(sub.id, files);
    report.push({ id: sub.id, license, similarity });
  }
  return await step("report", () => ({
    rejected: report.filter((r) => !r.license || !LICENSE_OK.has(r.license)).map((r) => r.id),
    suspicious: report.filter((r) => (r.similarity ?? 0) > 0.8).map((r) => r.id),
  }));
});
