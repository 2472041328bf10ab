import * as wmill from "windmill-client";

export async function main(repo: string, number: number) {
  const token = await wmill.getVariable("f/devops/github_token");
  const files: string[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await fetch(`https://api.github.com/repos/${repo}/pulls/${number}/files?per_page=100&page=${page}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const batch: Array<{ filename: string }> = await res.json();
    files.push(...batch.map((f) => f.filename));
    if (batch.length < 100) break;
  }
  return files;
}
