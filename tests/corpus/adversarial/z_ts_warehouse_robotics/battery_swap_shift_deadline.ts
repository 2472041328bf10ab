// SDK: windmill-client 1.818.0 client.mjs: waitForApproval({ timeout }) is read when the approval is first reached; the clock and the worker's zone read in the body differ between replays and workers.
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

  const shiftEnd = new Date(await step("now", () => new Date().toISOString()));
  shiftEnd.setHours(22, 0, 0, 0); // expect: WAC102
  const approval = await waitForApproval({
    timeout: Math.max(300, Math.round((shiftEnd.getTime() - Date.now()) / 1000)), // expect: WAC102
  });
  if (!approval.approved) return { robotId, swapped: false };

  const { swapId } = await scheduleSwap(robotId, dock);
  return { robotId, swapped: true, swapId };
});
