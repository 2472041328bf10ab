import * as wmill from "windmill-client";

export async function main(repo: string, tag: string) {
  const token = await wmill.getVariable("f/eng/github_token");
  const r = await fetch(`https://api.github.com/repos/${repo}/releases/tags/${tag}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" },
  });
  if (!r.ok) return { summary: "(no release notes)", lines: 0 };
  const rel = await r.json();
  const lines: string[] = (rel.body ?? "").split("\n").filter((l: string) => l.startsWith("* "));
  return { summary: lines.slice(0, 8).join("\n") || "(no release notes)", lines: lines.length };
}
