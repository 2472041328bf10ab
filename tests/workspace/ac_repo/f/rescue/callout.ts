// Patrol call-out: page the rescue team, wait for the team lead to accept, open the
// avalanche bulletin flow for the zone, and log the call-out in the ops system.
import { step, task, taskFlow, waitForApproval, workflow } from "windmill-client";
import net = require("../common/net");

const bulletin = taskFlow("f/avalanche/bulletin");

type Callout = { id: string; zone: string; severity: "low" | "high"; teamLead: string };

const page = task(async (teamLead: string, message: string) => {
  const res = await fetch("https://pager.resort.example/page", {
    method: "POST",
    body: JSON.stringify({ to: teamLead, message }),
  });
  return res.ok;
});

export const main = workflow(async (callout: Callout) => {
  await page(callout.teamLead, `Call-out ${callout.id} in ${callout.zone}`);
  const accepted = await waitForApproval({
    timeout: 900,
    description: `Accept call-out ${callout.id}?`,
  });
  if (!accepted.approved) {
    await page("duty-manager", `Call-out ${callout.id} not accepted`);
    return { id: callout.id, accepted: false };
  }
  if (callout.severity === "high") {
    await bulletin({ zone: callout.zone, level: "high" }); // expect: WAC402
  }
  await net.postJson("/callouts", { id: callout.id, accepted: true }); // expect: WAC101
  const path = await step("path", () => net.joinPath("callouts", callout.id));
  return { id: callout.id, accepted: true, path };
});
