// SDK: windmill-client 1.818.0 dist/client.mjs: the workflow body replays from the top after each task
// Morning outage digest: list the open outages per zone, text the zone supervisors, then
// wait for the duty manager to close the digest.
import { getResumeUrls, step, taskScript, waitForApproval, workflow } from "windmill-client";
import ops from "./ops.ts";
import { SCRIPTS } from "/f/common/index.ts";

const sms = taskScript(SCRIPTS.sms);

export const main = workflow(async (supervisors: Record<string, string>, manager: string) => { // expect: WAC902
  const outages = await ops.fetchAll("outages"); // expect: WAC101
  const zones = ops.byZone(outages);
  let sent = 0;
  for (const [zone, rows] of Object.entries(zones).sort(([a], [b]) => a.localeCompare(b))) {
    const phone = supervisors[zone];
    if (!phone) continue;
    await sms({ phone, body: `${rows.length} open outage(s) in ${zone}`, urgent: rows.length > 3 });
    sent += 1;
  }
  const urls = await step("urls", () => getResumeUrls(manager));
  await sms({ phone: supervisors["duty"] ?? "", body: `Digest ready: ${urls.approvalPage}` });
  const ack = await waitForApproval({ timeout: 8 * 3600 });
  return { zones: Object.keys(zones).length, sent, closedBy: ack.approver };
});
