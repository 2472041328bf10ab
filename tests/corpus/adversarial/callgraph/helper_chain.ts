// SDK: windmill-client 1.818.0 client.mjs: a helper the workflow body calls runs in the body; its fetch repeats on replay.
import { task, workflow } from "windmill-client";

const SLACK = "https://hooks.slack.example.com/services/T0/B0/X";

async function postToSlack(text: string) {
  await fetch(SLACK, { method: "POST", body: JSON.stringify({ text }) });
}

async function announce(release: { version: string; notes: string[] }) {
  const text = `Released ${release.version}\n` + release.notes.map((n) => `• ${n}`).join("\n");
  await postToSlack(text);
}

const cutRelease = task(async (repo: string) => {
  const res = await fetch(`https://ci.example.com/api/${repo}/release`, { method: "POST" });
  return (await res.json()) as { version: string; notes: string[] };
});

export const main = workflow(async (repo: string) => {
  const release = await cutRelease(repo);
  await announce(release); // expect: WAC101
  return release.version;
});
