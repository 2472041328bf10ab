// SDK: windmill-client 1.818.0 client.mjs: taskFlow(path, { timeout }) puts the bound on the child job itself (stepInfo.timeout), so the flow is stopped by Windmill and the task fails with a TaskError the body can catch by name
import { step, task, taskFlow, workflow } from "windmill-client";

type Cave = { id: string; targetTempC: number; targetRh: number };

const climateAudit = taskFlow("f/affinage/climate_audit", { timeout: 600 });

const setpoint = task(async (caveId: string, tempC: number, rh: number) => {
  const r = await fetch(`https://hvac.affinage.example/caves/${caveId}/setpoint`, {
    method: "PUT",
    body: JSON.stringify({ tempC, rh }),
  });
  return r.ok;
});

export const main = workflow(async (caves: Cave[]) => {
  const adjusted: string[] = [];
  for (const cave of caves) {
    const audit = await climateAudit({ cave: cave.id });
    if (Math.abs(audit.tempC - cave.targetTempC) > 0.5 || Math.abs(audit.rh - cave.targetRh) > 3) {
      await setpoint(cave.id, cave.targetTempC, cave.targetRh);
      adjusted.push(cave.id);
    }
  }
  return await step("result", () => ({ audited: caves.length, adjusted }));
});
