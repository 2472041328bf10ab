type Github = { token: string };

export async function main(github: Github, repo: string, since_tag: string) {
  const res = await fetch(`https://api.github.com/repos/${repo}/compare/${since_tag}...HEAD`, {
    headers: { Authorization: `Bearer ${github.token}`, Accept: "application/vnd.github+json" },
  });
  const body = await res.json();
  const titles: string[] = body.commits
    .map((c: { commit: { message: string } }) => c.commit.message.split("\n")[0])
    .filter((m: string) => m.startsWith("Merge pull request") === false);
  return { count: titles.length, titles };
}
