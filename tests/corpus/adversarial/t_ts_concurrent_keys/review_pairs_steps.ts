// SDK: client.mjs 1.818.0 _runInlineStep allocates the second step's key only once the first awaited step resolves; with Promise.all over async callbacks that resolution order is the order the diff fetches finished in, not the array order a replay resolves them in
import { step, workflow } from "windmill-client";

type PullRequest = { repo: string; number: number };

async function fetchDiff(pr: PullRequest, token: string): Promise<string> {
  const res = await fetch(`https://api.github.com/repos/${pr.repo}/pulls/${pr.number}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github.v3.diff" },
  });
  return (await res.text()).slice(0, 40_000);
}

async function summarize(diff: string, openaiKey: string): Promise<string> {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${openaiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Summarize this diff for a release note in two sentences." },
        { role: "user", content: diff },
      ],
    }),
  });
  const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
  return body.choices[0]?.message.content ?? "";
}

export const main = workflow(async (prs: PullRequest[], github_token: string, openai_key: string) => {
  const notes: string[] = [];
  await Promise.all(
    prs.map(async (pr) => {
      const diff = await step("diff", () => fetchDiff(pr, github_token));
      const note = await step("summary", () => summarize(diff, openai_key)); // expect: WAC105
      notes.push(`- ${pr.repo}#${pr.number}: ${note}`);
    }),
  );
  return { releaseNotes: notes.join("\n") };
});
