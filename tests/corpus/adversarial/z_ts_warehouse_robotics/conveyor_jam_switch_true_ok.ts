// SDK: windmill-client 1.818.0 client.mjs: task results are checkpointed, so a switch (true) over them picks the same branch, and dispatches the same task, on every replay.
import { workflow, task, sleep } from "windmill-client";

type Sensor = { beltId: string; jammed: boolean; motorAmps: number; stalledSeconds: number };

const readSensors = task(async (beltId: string) => {
  const res = await fetch(`https://plc-gateway.example-logistics.com/belts/${beltId}/status`);
  return (await res.json()) as Sensor;
});

const reverseBelt = task(async (beltId: string) => {
  await fetch(`https://plc-gateway.example-logistics.com/belts/${beltId}/reverse`, { method: "POST" });
  return "reversed";
});

const dispatchTech = task(async (beltId: string, reason: string) => {
  await fetch("https://api.opsgenie.example.com/v2/alerts", {
    method: "POST",
    body: JSON.stringify({ message: `Belt ${beltId}: ${reason}` }),
  });
  return "technician";
});

export const main = workflow(async (beltId: string) => {
  const s = await readSensors(beltId);
  let action: string;
  switch (true) {
    case !s.jammed:
      return { beltId, action: "none" };
    case s.motorAmps > 18:
      action = await dispatchTech(beltId, `motor at ${s.motorAmps}A`);
      break;
    case s.stalledSeconds < 30:
      await sleep(15);
      action = await reverseBelt(beltId);
      break;
    default:
      action = await dispatchTech(beltId, "stalled");
  }
  return { beltId, action };
});
