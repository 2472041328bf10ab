// SDK: windmill-client 1.818.0 client.mjs: WorkflowCtx._allocKey names steps by call order; a branch chosen by the clock dispatches a different task on a replay than on the first run.
import { workflow, task } from "windmill-client";

type Sensor = { beltId: string; jammed: boolean; motorAmps: number };

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

function nightShift(d: Date): boolean {
  const h = d.getUTCHours();
  return h >= 22 || h < 6;
}

export const main = workflow(async (beltId: string) => {
  const s = await readSensors(beltId);
  if (!s.jammed) return { beltId, action: "none" };

  switch (true) {
    case nightShift(new Date()): // expect: WAC102
      return { beltId, action: await reverseBelt(beltId) };
    case s.motorAmps > 18:
      return { beltId, action: await dispatchTech(beltId, `motor at ${s.motorAmps}A`) };
    default:
      return { beltId, action: await reverseBelt(beltId) };
  }
});
