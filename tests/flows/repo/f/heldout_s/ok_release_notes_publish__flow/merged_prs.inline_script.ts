import { Octokit } from "@octokit/rest";

export async function main(github: { token: string }, repo: string, since_tag: string) {
  const [owner, name] = repo.split("/");
  const gh = new Octokit({ auth: github.token });
  const cmp = await gh.repos.compareCommits({ owner, repo: name, base: since_tag, head: "main" });
  const numbers = new Set<number>();
  for (const c of cmp.data.commits) {
    const m = c.commit.message.match(/\(#(\d+)\)/);
    if (m) numbers.add(Number(m[1]));
  }
  const prs = [];
  for (const n of numbers) {
    const { data } = await gh.pulls.get({ owner, repo: name, pull_number: n });
    prs.push({ number: n, title: data.title, labels: data.labels.map((l) => l.name) });
  }
  return { prs, compared: `${since_tag}...main` };
}
