import * as wmill from "windmill-client";

export async function main(repo: string, prs: number[]) {
  const gh = await wmill.getResource("f/eng/github");
  const titles: string[] = [];
  for (const n of prs) {
    const res = await fetch(`https://api.github.com/repos/${repo}/pulls/${n}`, {
      headers: { Authorization: `Bearer ${gh.token}`, Accept: "application/vnd.github+json" },
    });
    const pr = await res.json();
    titles.push(`- ${pr.title} (#${n})`);
  }
  return { repo, entries: titles.length, text: titles.join("\n") };
}
