// SDK: windmill-client 1.818.0 client.mjs: a taskFlow call suspends the whole workflow while the flow runs; the Bun.sleep timer raced against it lives in a process that has already exited, and on the replay the flow's checkpointed result wins at once, so the timeout never fires (the SDK's `timeout` option bounds the child job)
import { step, task, taskFlow, workflow } from "windmill-client";

type Cave = { id: string; targetTempC: number; targetRh: number };

const climateAudit = taskFlow("f/affinage/climate_audit");

const setpoint = task(async (caveId: string, tempC: number, rh: number) => {
  const r = await fetch(`https://hvac.affinage.example/caves/${caveId}/setpoint`, {
    method: "PUT",
    body: JSON.stringify({ tempC, rh }),
  });
  return r.ok;
});

const AUDIT_BUDGET_MS = 10 * 60 * 1000;

export const main = workflow(async (caves: Cave[]) => {
  const adjusted: string[] = [];
  for (const cave of caves) {
    const audit = await Promise.race([ // expect: WAC108
      climateAudit({ cave: cave.id }),
      Bun.sleep(AUDIT_BUDGET_MS).then(() => ({ timedOut: true as const })),
    ]);
    if ("timedOut" in audit) {
      console.warn(`audit of ${cave.id} timed out, keeping setpoints`);
      continue;
    }
    if (Math.abs(audit.tempC - cave.targetTempC) > 0.5 || Math.abs(audit.rh - cave.targetRh) > 3) {
      await setpoint(cave.id, cave.targetTempC, cave.targetRh);
      adjusted.push(cave.id);
    }
  }
  return await step("result", () => ({ audited: caves.length, adjusted }));
});
