// SDK: windmill-client 1.818.0 client.mjs: every side effect (git, GitHub, Slack, the clock) runs in a task or a step; the body only branches on checkpointed results and inputs.
import { $ } from "bun";
import { Octokit } from "@octokit/rest";
import { format } from "date-fns";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Repo = { owner: string; name: string; token: string };

const changelog = task(async (dir: string, since: string) => {
  const out = await $`git -C ${dir} log --oneline ${since}..HEAD`.text();
  return out.split("\n").filter(Boolean);
});

const draftRelease = task(async (repo: Repo, tag: string, notes: string[]) => {
  const gh = new Octokit({ auth: repo.token });
  const { data } = await gh.rest.repos.createRelease({
    owner: repo.owner,
    repo: repo.name,
    tag_name: tag,
    body: notes.join("\n"),
    draft: true,
  });
  return { id: data.id, url: data.html_url };
});

const publish = task(async (repo: Repo, id: number) => {
  const gh = new Octokit({ auth: repo.token });
  await gh.rest.repos.updateRelease({ owner: repo.owner, repo: repo.name, release_id: id, draft: false });
  return { published: true };
});

const postSlack = task(async (hook: string, text: string) => {
  const r = await fetch(hook, { method: "POST", body: JSON.stringify({ text }) });
  return r.ok;
});

export const main = workflow(async (repo: Repo, dir: string, since: string, hook: string) => {
  const notes = await changelog(dir, since);
  if (notes.length === 0) return { skipped: true };
  const day = await step("release_day", () => format(new Date(), "yyyy.MM.dd"));
  const draft = await draftRelease(repo, `v${day}`, notes);
  const urls = await step("approval_urls", () => getApprovalUrls("release"));
  await postSlack(hook, `Release v${day} (${notes.length} changes): ${urls.approvalPage}`);
  const decision = await waitForApproval({ key: "release", timeout: 2 * 86400 });
  if (!decision.approved) {
    await postSlack(hook, `Release v${day} rejected by ${decision.approver}`);
    return { published: false, draft: draft.url };
  }
  const done = await publish(repo, draft.id);
  await postSlack(hook, `Release v${day} published`);
  return { ...done, url: draft.url };
});
