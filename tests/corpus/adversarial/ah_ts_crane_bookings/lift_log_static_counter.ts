// SDK: windmill-client 1.818.0 client.mjs task(): each task call runs in its own child job; `LiftLog.recorded += 1` there changes a class of another process, so the body's `LiftLog.recorded` is still 0 when it decides whether to file the daily report
import { task, workflow } from "windmill-client";

type LiftEvent = { craneId: string; liftId: string; loadKg: number; at: string };

class LiftLog {
  static recorded = 0;
  static readonly endpoint = "https://sitehub.ridgeway-build.example/api/lift-log";

  static async append(e: LiftEvent) {
    await fetch(LiftLog.endpoint, { method: "POST", body: JSON.stringify(e) });
  }
}

const recordLift = task(async (e: LiftEvent) => {
  await LiftLog.append(e);
  LiftLog.recorded += 1; // expect: WAC104
  return e.liftId;
});

const fileDailyReport = task(async (site: string, liftIds: string[]) => {
  await fetch(`https://hse.ridgeway-build.example/api/sites/${site}/daily`, {
    method: "POST",
    body: JSON.stringify({ lifts: liftIds }),
  });
});

export const main = workflow(async (site: string, events: LiftEvent[]) => {
  const ids: string[] = [];
  for (const e of events) ids.push(await recordLift(e));
  if (LiftLog.recorded > 0) await fileDailyReport(site, ids);
  return { recorded: ids.length };
});
