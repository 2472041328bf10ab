// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), task(); child_process.exec spawns a shell
const util = require("util");
const { exec } = require("child_process");
import { task, workflow } from "windmill-client";

const execAsync = util.promisify(exec);

const publishNotes = task(async (repo: string, tag: string, notes: string) => {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, accept: "application/vnd.github+json" },
    body: JSON.stringify({ tag_name: tag, name: tag, body: notes }),
  });
  return ((await res.json()) as { html_url: string }).html_url;
});

function toMarkdown(lines: string[]): string {
  const feats = lines.filter((l) => /\bfeat[:(]/.test(l));
  const fixes = lines.filter((l) => /\bfix[:(]/.test(l));
  return [`## Features`, ...feats.map((l) => `- ${l}`), ``, `## Fixes`, ...fixes.map((l) => `- ${l}`)].join("\n");
}

export const main = workflow(async (repo: string, from_tag: string, to_tag: string) => {
  const { stdout } = await execAsync(`git log --pretty=format:%s ${from_tag}..${to_tag}`); // expect: WAC101
  const notes = toMarkdown(String(stdout).split("\n").filter(Boolean));
  const url = await publishNotes(repo, to_tag, notes);
  return { url, commits: String(stdout).split("\n").length };
});
