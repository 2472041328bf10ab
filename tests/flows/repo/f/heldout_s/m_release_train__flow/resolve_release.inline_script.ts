import { Octokit } from "@octokit/rest";

type GithubApp = { token: string; owner: string };

export async function main(github: GithubApp, repo: string, ref = "main") {
  const gh = new Octokit({ auth: github.token });
  const { data: commit } = await gh.repos.getCommit({ owner: github.owner, repo, ref });
  const { data: tags } = await gh.repos.listTags({ owner: github.owner, repo, per_page: 1 });
  const base = tags[0]?.name;
  const changes = base
    ? (await gh.repos.compareCommits({ owner: github.owner, repo, base, head: commit.sha })).data.commits.map(
        (c) => c.commit.message.split("\n")[0],
      )
    : [];
  return { sha: commit.sha, previous_tag: base ?? null, changes };
}
