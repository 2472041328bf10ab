// SDK: windmill-client 1.818.0 step() checkpoints its value; a SHA-256 of the PR number (crypto.subtle.digest) is the same on every replay
import { step, task, workflow } from "windmill-client";

const { subtle } = crypto;

type PullRequest = { number: number; author: string; files: string[] };

const CODEOWNERS: Record<string, string[]> = {
  "packages/api/": ["maria", "dev-kofi", "lin"],
  "packages/web/": ["sam", "yuki"],
  "infra/": ["ops-ana", "ops-ben"],
};

const loadPr = task(async (repo: string, number: number): Promise<PullRequest> => {
  const headers = { authorization: `Bearer ${process.env.GITHUB_TOKEN}` };
  const pr = await (await fetch(`https://api.github.com/repos/${repo}/pulls/${number}`, { headers })).json();
  const files = await (await fetch(`https://api.github.com/repos/${repo}/pulls/${number}/files?per_page=100`, { headers })).json();
  return { number, author: pr.user.login, files: files.map((f: { filename: string }) => f.filename) };
});

const requestReview = task(async (repo: string, number: number, reviewers: string[], requestId: string) => {
  await fetch(`https://api.github.com/repos/${repo}/pulls/${number}/requested_reviewers`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, "x-request-id": requestId },
    body: JSON.stringify({ reviewers }),
  });
  return reviewers;
});

function candidates(pr: PullRequest): string[] {
  const owners = new Set<string>();
  for (const [prefix, people] of Object.entries(CODEOWNERS)) {
    if (pr.files.some((f) => f.startsWith(prefix))) people.forEach((p) => owners.add(p));
  }
  owners.delete(pr.author);
  return [...owners].sort();
}

export const main = workflow(async (repo: string, prNumber: number) => {
  const pr = await loadPr(repo, prNumber);
  const pool = candidates(pr);
  if (pool.length === 0) return { repo, prNumber, reviewers: [] };

  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(`${repo}#${prNumber}`)));
  const reviewer = pool[digest[0] % pool.length];
  const requestId = await step("request_id", () => crypto.randomUUID());
  const assigned = await requestReview(repo, prNumber, [reviewer], requestId);
  return { repo, prNumber, reviewers: assigned };
});
