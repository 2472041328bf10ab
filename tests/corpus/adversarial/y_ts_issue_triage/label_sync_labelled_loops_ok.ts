// SDK: windmill-client 1.818.0 keys tasks by name and call order; labelled break/continue over task results and a Set (insertion-ordered in JS) replay in the same order
import { task, workflow } from "windmill-client";

type Label = { name: string; color: string; description?: string };

const listLabels = task(async (repo: string): Promise<Label[]> => {
  const res = await fetch(`https://api.github.com/repos/${repo}/labels?per_page=100`, {
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
  });
  return (await res.json()) as Label[];
});

const upsertLabel = task(async (repo: string, label: Label, exists: boolean) => {
  const url = exists
    ? `https://api.github.com/repos/${repo}/labels/${encodeURIComponent(label.name)}`
    : `https://api.github.com/repos/${repo}/labels`;
  const res = await fetch(url, {
    method: exists ? "PATCH" : "POST",
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
    body: JSON.stringify(label),
  });
  return res.status;
});

export const main = workflow(async (sourceRepo: string, targetRepos: string[], maxChanges: number = 50) => {
  const canonical = await listLabels(sourceRepo);
  const targets = new Set(targetRepos.map((r) => r.trim().toLowerCase()));
  targets.delete(sourceRepo.toLowerCase());

  let changes = 0;
  const report: Record<string, number> = {};
  repos: for (const repo of targets) {
    const existing = await listLabels(repo);
    const byName = new Map(existing.map((l) => [l.name.toLowerCase(), l]));
    report[repo] = 0;
    for (const label of canonical) {
      const current = byName.get(label.name.toLowerCase());
      if (current && current.color === label.color && current.description === label.description) continue;
      if (label.name.startsWith("internal:")) continue repos;
      await upsertLabel(repo, label, current !== undefined);
      report[repo]++;
      if (++changes >= maxChanges) break repos;
    }
  }
  for (const repo in report) {
    console.log(`${repo}: ${report[repo]} label(s) changed`);
  }
  return { changes, report };
});
