// SDK: windmill-client 1.818.0 client.mjs: the body replays after each step; a helper the body awaits that pages the GitHub API runs again every round, and a tag built from Date.now() in the body changes per replay.
import { Octokit } from "@octokit/rest";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Repo = { owner: string; repo: string };
type Release = { tag: string; url: string };

const octokit = new Octokit({ auth: Bun.env.GITHUB_TOKEN });

async function commitsSince(r: Repo, base: string): Promise<string[]> {
  const cmp = await octokit.rest.repos.compareCommits({ ...r, base, head: "main" });
  return cmp.data.commits.map((c) => `- ${c.commit.message.split("\n")[0]} (${c.sha.slice(0, 7)})`);
}

const notifyReleaseChannel = task(async (channel: string, text: string) => {
  const r = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${Bun.env.SLACK_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
  return { ok: r.ok };
});

const createRelease = task(async (r: Repo, tag: string, notes: string): Promise<Release> => {
  const kit = new Octokit({ auth: Bun.env.GITHUB_TOKEN });
  const res = await kit.rest.repos.createRelease({ ...r, tag_name: tag, name: tag, body: notes, target_commitish: "main" });
  return { tag, url: res.data.html_url };
});

export const main = workflow(async (owner: string, repo: string, previousTag: string, channel: string = "#releases") => {
  const target: Repo = { owner, repo };
  const lines = await commitsSince(target, previousTag); // expect: WAC101
  if (lines.length === 0) return { skipped: true, reason: "no commits" };

  const tag = `v${new Date().toISOString().slice(0, 10).replaceAll("-", ".")}`; // expect: WAC102
  const notes = `## Changes since ${previousTag}\n${lines.join("\n")}`;

  const urls = await step("approval_urls", () => getApprovalUrls("release"));
  await notifyReleaseChannel(channel, `Release ${tag} of ${owner}/${repo} is waiting: ${urls.resume}`);
  const decision = await waitForApproval({ key: "release", timeout: 172800 });
  if (!decision.approved) {
    await notifyReleaseChannel(channel, `Release ${tag} rejected by ${decision.approver}`);
    return { released: false };
  }
  const release = await createRelease(target, tag, notes);
  await notifyReleaseChannel(channel, `Released ${release.url}`);
  return { released: true, ...release };
});
