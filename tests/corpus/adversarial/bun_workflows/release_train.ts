// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top after each task and the approval; the git call, the clock and the Slack post in the body repeat every round.
import { $ } from "bun";
import { Octokit } from "@octokit/rest";
import { format } from "date-fns";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Repo = { owner: string; name: string; token: string };

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

export const main = workflow(async (repo: Repo, dir: string, since: string, hook: string) => {
  const notes = (await $`git -C ${dir} log --oneline ${since}..HEAD`.text()).split("\n"); // expect: WAC101
  const day = format(new Date(), "yyyy.MM.dd"); // expect: WAC102
  const draft = await draftRelease(repo, `v${day}`, notes);
  const urls = await step("approval_urls", () => getApprovalUrls("release"));
  await fetch(hook, { method: "POST", body: JSON.stringify({ text: urls.approvalPage }) }); // expect: WAC101
  const decision = await waitForApproval({ key: "release", timeout: 2 * 86400 });
  if (!decision.approved) return { published: false, draft: draft.url };
  return { ...(await publish(repo, draft.id)), url: draft.url };
});
