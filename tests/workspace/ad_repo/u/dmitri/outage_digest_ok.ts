// SDK: windmill-client 1.818.0 dist/client.mjs: step(name, fn) checkpoints fn's result
// Morning outage digest with the outage list read once, in a step.
import { getResumeUrls, step, taskScript, waitForApproval, workflow } from "windmill-client";
import ops from "./ops.ts";
import { SCRIPTS } from "/f/common/index.ts";

const sms = taskScript(SCRIPTS.sms);

export const main = workflow(async (supervisors: { [zone: string]: string }, manager: string) => {
  const outages = await step("outages", () => ops.fetchAll("outages"));
  const zones = ops.byZone(outages);
  let sent = 0;
  for (const zone of Object.keys(zones).sort()) {
    const phone = supervisors[zone];
    if (!phone) continue;
    await sms({ phone, body: `${zones[zone].length} open outage(s) in ${zone}` });
    sent += 1;
  }
  const urls = await step("urls", () => getResumeUrls(manager));
  await sms({ phone: supervisors["duty"] ?? "", body: `Digest ready: ${urls.approvalPage}` });
  const ack = await waitForApproval({ timeout: 8 * 3600 });
  return { zones: Object.keys(zones).length, sent, closedBy: ack.approver };
});
