// SDK: windmill-client 1.818.0 client.mjs: an Octokit client built in the body does no request by itself; its requests run only inside tasks here.
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

type Github = { token: string };

interface PullSummary {
  number: number;
  title: string;
  labels: string[];
}

const SECTIONS: Array<[label: string, heading: string]> = [
  ["feature", "Features"],
  ["bug", "Fixes"],
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

const createRelease = task(async (gh: Github, owner: string, repo: string, tag: string, body: string, draft: boolean) => {
  const octokit = new Octokit({ auth: gh.token });
  const { data } = await octokit.repos.createRelease({ owner, repo, tag_name: tag, body, draft });
  return data.html_url;
});

export const main = workflow(async (gh: Github, owner: string, repo: string, tag: string, since: string, draft = true) => {
  const pulls = await mergedPulls(gh, owner, repo, since);
  const url = await createRelease(gh, owner, repo, tag, renderNotes(tag, pulls), draft);
  return { url, pulls: pulls.length };
});
