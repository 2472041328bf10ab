// Change freeze exception: every service in the request needs its own approval.
import { sleep, step, waitForApproval, workflow } from "windmill-client";
import { clock, notifyChannel } from "/f/shared/index.ts";

type Request = { service: string; version: string; reason: string };

export const main = workflow(async (requests: Request[], requester: string) => {
  const granted: Request[] = [];
  for (const r of requests) {
    await notifyChannel("#change-freeze", `${requester} asks to ship ${r.service}@${r.version}: ${r.reason}`);
    const answer = await waitForApproval({ key: "freeze-exception", timeout: 3600 }); // expect: WAC303
    if (answer.approved) granted.push(r);
  }
  // give the approvers' comments a moment to land in the channel
  await clock.pause(2000); // expect: WAC101
  const at = await step("granted-at", () => clock.nowIso());
  await notifyChannel("#change-freeze", `${granted.length}/${requests.length} exceptions granted at ${at}`);
  await sleep(60);
  return { granted: granted.map((g) => g.service) };
});
