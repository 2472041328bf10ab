// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs after every suspension; an OpenAI request made there (not in a task or step) is sent again on each replay, and its answer can differ.
import OpenAI from "openai";
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

const openai = new OpenAI();
const MODEL = "gpt-4o";
const REPO = "acme/platform";

type PullRequest = { number: number; title: string; labels: string[]; author: string };

const listMergedPrs = task(async (repo: string, sinceTag: string): Promise<PullRequest[]> => {
  const res = await fetch(`https://api.github.com/repos/${repo}/pulls?state=closed&per_page=100&base=main`, {
    headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
  });
  const prs = (await res.json()) as (PullRequest & { merged_at: string | null; user: { login: string } })[];
  return prs
    .filter((p) => p.merged_at !== null)
    .map((p) => ({ number: p.number, title: p.title, labels: p.labels, author: p.user.login }));
});

const publishRelease = task(async (repo: string, tag: string, body: string) => {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
    body: JSON.stringify({ tag_name: tag, name: tag, body }),
  });
  return ((await res.json()) as { html_url: string }).html_url;
});

const postForReview = task(async (draft: string, approvalPage: string) => {
  await fetch("https://hooks.internal/releases", {
    method: "POST",
    body: JSON.stringify({ text: `Release notes draft:\n${draft}\n\nApprove: ${approvalPage}` }),
  });
});

function groupByLabel(prs: PullRequest[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const pr of prs) {
    const label = pr.labels.includes("breaking") ? "Breaking" : pr.labels.includes("bug") ? "Fixes" : "Features";
    (groups[label] ??= []).push(`#${pr.number} ${pr.title} (@${pr.author})`);
  }
  return groups;
}

export const main = workflow(async (tag: string, sinceTag: string) => {
  const prs = await listMergedPrs(REPO, sinceTag);
  const grouped = groupByLabel(prs);

  const completion = await openai.chat.completions.create({ // expect: WAC101
    model: MODEL,
    messages: [
      { role: "system", content: "Write concise release notes in Markdown." },
      { role: "user", content: JSON.stringify(grouped) },
    ],
  });
  const draft = completion.choices[0]?.message?.content ?? "";

  const urls = await step("urls", () => getResumeUrls());
  await postForReview(draft, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 24 * 3600 });
  if (!decision.approved) return { tag, published: false };

  const url = await publishRelease(REPO, tag, draft);
  return { tag, published: true, url, prs: prs.length };
});
