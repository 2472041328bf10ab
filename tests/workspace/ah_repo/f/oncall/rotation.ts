// Hand the pager to the next engineer and tell both of them.
import { step, workflow } from "windmill-client";
import { notifyChannel } from "/f/shared/tasks.ts";

type Engineer = { handle: string; tz: string };

export const main = workflow(async (pool: Engineer[], previous: string, team: string) => {
  if (pool.length < 2) {
    await notifyChannel(`#oncall-${team}`, "rotation pool too small, keeping the pager");
    return { next: previous };
  }
  // loaded lazily: the rotation module is only needed on this path
  const { pickNext } = await import("/f/shared/rotation.ts");
  const next = pickNext(pool, previous); // expect: WAC102

  await notifyChannel(`#oncall-${team}`, `Pager passes from @${previous} to @${next.handle}`);
  const local = await step("handover-time", () =>
    new Date().toLocaleString("en-GB", { timeZone: next.tz }),
  );
  await notifyChannel(`@${next.handle}`, `You are on call for ${team} from ${local} your time`);
  return { next: next.handle, at: local };
});
