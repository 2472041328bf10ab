// Patrol call-out: the ops log is written from a task.
import { step, task, taskFlow, waitForApproval, workflow } from "windmill-client";
import * as net from "../common/net.ts";

const bulletin = taskFlow("f/avalanche/bulletin");

type Callout = { id: string; zone: string; severity: "low" | "high"; teamLead: string };

const page = task(async (teamLead: string, message: string) => {
  const res = await fetch("https://pager.resort.example/page", {
    method: "POST",
    body: JSON.stringify({ to: teamLead, message }),
  });
  return res.ok;
});

const logCallout = task(async (id: string) => net.postJson("/callouts", { id, accepted: true }));

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
    await bulletin({ zone: callout.zone, level: 4 });
  }
  await logCallout(callout.id);
  const path = net.joinPath("callouts", callout.id);
  return { id: callout.id, accepted: true, path };
});
