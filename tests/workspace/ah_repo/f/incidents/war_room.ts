// Open a war room for a SEV1: page the pager rotation, announce, and wait for the IC.
import * as wmill from "windmill-client";
import { step, task, waitForApproval, workflow } from "windmill-client";
import * as shared from "/f/shared/index.ts";

const openBridge = task(async (incidentId: string) => {
  const res = await fetch("https://meet.internal.example/api/rooms", {
    method: "POST",
    body: JSON.stringify({ name: `war-room-${incidentId}` }),
  });
  const room = await res.json();
  return room.url as string;
});

export const main = workflow(async (incidentId: string, service: string, title: string) => {
  const routingKey = await step("routing", () => wmill.getVariable("f/platform/pd_routing_key"));
  const pager = new shared.Pager(routingKey);
  const dedup = await pager.page(`SEV1 ${service}: ${title}`, service); // expect: WAC101

  const bridge = await openBridge(incidentId);
  await shared.notifyChannel("#sev1", `War room for ${incidentId}: ${bridge} (page ${dedup})`);

  const ic = await waitForApproval({
    key: "incident-commander",
    timeout: 900,
    description: `Take IC for ${incidentId}?`,
  });
  const commander = ic.approver;
  const opened = await step("opened", () => shared.clock.nowIso());
  await shared.notifyChannel("#sev1", `${commander} is IC since ${opened}`);
  return { incidentId, bridge, commander, dedup };
});
