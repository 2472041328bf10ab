// SDK: windmill-client 1.818.0 index.js `_waitForApproval`: the key is allocated with `_allocKey`; a second approval with the same explicit key gets `jury_2` and the SDK throws `WAC step key "jury" is already used in this workflow`. A `const enum` member is its literal value (TypeScript and Bun inline it)
import { step, task, waitForApproval, workflow } from "windmill-client";

const enum Desk {
  Jury = "jury",
  Treasurer = "treasurer",
}

const publishRibbons = task(async function publishRibbons(showId: string, winners: string[]) {
  await fetch(`https://entries.quiltguild.example/api/shows/${showId}/ribbons`, {
    method: "POST",
    body: JSON.stringify({ winners }),
  });
  return winners.length;
});

export const main = workflow(async (showId: string, shortlist: string[]) => {
  const first = await waitForApproval({ key: Desk.Jury, timeout: 2 * 86400, form: { winners: { type: "array" } } });
  const winners = (first.value?.winners as string[] | undefined) ?? shortlist.slice(0, 3);
  const tally = await step("tally", () => ({ count: winners.length, ok: winners.every((w) => shortlist.includes(w)) }));
  if (!tally.ok) {
    const second = await waitForApproval({ key: Desk.Jury, timeout: 86400 }); // expect: WAC303
    if (!second.approved) return { published: 0 };
  }
  return { published: await publishRibbons(showId, winners) };
});
