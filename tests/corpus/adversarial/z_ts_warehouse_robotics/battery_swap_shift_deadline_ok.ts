// SDK: windmill-client 1.818.0 client.mjs: waitForApproval({ timeout }) computed from a step-checkpointed instant and UTC setters is the same on every replay and worker.
import { workflow, task, step, waitForApproval, getResumeUrls } from "windmill-client";

const pageSupervisor = task(async (robotId: string, approvalPage: string) => {
  await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ routing_key: "wh-robotics", payload: { summary: `Battery swap ${robotId}`, source: approvalPage } }),
  });
});

const scheduleSwap = task(async (robotId: string, dock: string) => {
  const res = await fetch(`https://fleet.example-robotics.io/v1/robots/${robotId}/swap`, {
    method: "POST",
    body: JSON.stringify({ dock }),
  });
  return (await res.json()) as { swapId: string };
});

export const main = workflow(async (robotId: string, dock: string) => {
  const urls = await step("urls", () => getResumeUrls());
  await pageSupervisor(robotId, urls.approvalPage);

  const nowIso = await step("now", () => new Date().toISOString());
  const now = new Date(nowIso);
  const shiftEnd = new Date(nowIso);
  shiftEnd.setUTCHours(20, 0, 0, 0);
  const approval = await waitForApproval({
    timeout: Math.max(300, Math.round((shiftEnd.getTime() - now.getTime()) / 1000)),
  });
  if (!approval.approved) return { robotId, swapped: false };

  const { swapId } = await scheduleSwap(robotId, dock);
  return { robotId, swapped: true, swapId };
});
