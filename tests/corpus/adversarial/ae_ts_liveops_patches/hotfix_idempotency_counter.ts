// SDK: windmill-client 1.818.0 client.mjs: `_allocKey` numbers repeats of a literal name; a module counter gives the same numbers only if every replay calls it in the same order, and Windmill's parser labels such steps `step`
import { task, step, workflow } from "windmill-client";

let seq = 0;
const nextKey = (kind: string) => `${kind}-${++seq}`;

type Hotfix = { build: string; platforms: string[]; notes: string };

const submitToStore = task(async (platform: string, build: string, notes: string) => {
  const r = await fetch(`https://stores.stormforge-games.example/${platform}/submissions`, {
    method: "POST",
    body: JSON.stringify({ build, notes, expedited: true }),
  });
  return (await r.json()) as { submissionId: string };
});

const postChangelog = task(async (build: string, notes: string) => {
  await fetch("https://cms.stormforge-games.example/api/changelog", {
    method: "POST",
    body: JSON.stringify({ build, notes }),
  });
});

export const main = workflow(async (fix: Hotfix) => {
  const submissions: Record<string, string> = {};
  for (const platform of fix.platforms) {
    const { submissionId } = await submitToStore(platform, fix.build, fix.notes);
    submissions[platform] = submissionId;
    await step(nextKey("submitted"), () => ({ platform, submissionId })); // expect: WAC103
  }
  await postChangelog(fix.build, fix.notes);
  return { build: fix.build, submissions };
});
