// SDK: windmill-client 1.818.0 reruns the body each round; crypto.getRandomValues (here destructured off crypto) gives another pick every replay
import { step, task, workflow } from "windmill-client";

const { getRandomValues, randomUUID } = crypto;

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
  return [...owners];
}

export const main = workflow(async (repo: string, prNumber: number) => {
  const pr = await loadPr(repo, prNumber);
  const pool = candidates(pr);
  if (pool.length === 0) return { repo, prNumber, reviewers: [] };

  const [r] = getRandomValues(new Uint32Array(1)); // expect: WAC102
  const reviewer = pool[r % pool.length];
  const requestId = randomUUID(); // expect: WAC102
  const assigned = await requestReview(repo, prNumber, [reviewer], requestId);
  await step("log", () => console.log(`assigned ${assigned.join(",")} to #${prNumber}`));
  return { repo, prNumber, reviewers: assigned };
});
