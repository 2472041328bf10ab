// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; an Octokit request made in the body (not in a task or step) creates the release again each round.
import { Octokit } from "@octokit/rest";
import { step, task, workflow } from "windmill-client";

type Github = { token: string };

interface PullSummary {
  number: number;
  title: string;
  labels: string[];
}

const SECTIONS: Array<[label: string, heading: string]> = [
  ["feature", "Features"],
  ["bug", "Fixes"],
  ["chore", "Maintenance"],
];

function renderNotes(tag: string, pulls: PullSummary[]): string {
  const lines = [`# ${tag}`];
  for (const [label, heading] of SECTIONS) {
    const matching = pulls.filter((p) => p.labels.includes(label));
    if (matching.length) lines.push(`## ${heading}`, ...matching.map((p) => `- ${p.title} (#${p.number})`));
  }
  return lines.join("\n");
}

const mergedPulls = task(async (gh: Github, owner: string, repo: string, since: string): Promise<PullSummary[]> => {
  const octokit = new Octokit({ auth: gh.token });
  const { data } = await octokit.pulls.list({ owner, repo, state: "closed", per_page: 100 });
  return data.filter((p) => p.merged_at && p.merged_at > since).map((p) => ({ number: p.number, title: p.title, labels: p.labels.map((l) => l.name ?? "") }));
});

export const main = workflow(async (gh: Github, owner: string, repo: string, tag: string, since: string, draft = true) => {
  const pulls = await mergedPulls(gh, owner, repo, since);
  const body = renderNotes(tag, pulls);
  const octokit = new Octokit({ auth: gh.token });
  const release = await octokit.repos.createRelease({ owner, repo, tag_name: tag, body, draft }); // expect: WAC101
  const url = await step("release_url", () => release.data.html_url);
  return { url, pulls: pulls.length };
});
