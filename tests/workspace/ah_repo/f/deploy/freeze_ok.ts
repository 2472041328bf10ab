// Change freeze exception: one approval covers the whole request.
import { sleep, step, waitForApproval, workflow } from "windmill-client";
import { clock, notifyChannel } from "/f/shared/index.ts";

type Request = { service: string; version: string; reason: string };

export const main = workflow(async (requests: Request[], requester: string) => {
  const lines = requests.map((r) => `${r.service}@${r.version}: ${r.reason}`);
  await notifyChannel("#change-freeze", `${requester} asks for a freeze exception:\n${lines.join("\n")}`);
  const answer = await waitForApproval({ key: "freeze-exception", timeout: 3600 });
  const granted = answer.approved ? requests : [];
  const at = await step("granted-at", () => clock.nowIso());
  await notifyChannel("#change-freeze", `${granted.length}/${requests.length} exceptions granted at ${at}`);
  await sleep(60);
  return { granted: granted.map((g) => g.service) };
});
