// Hand the pager to the next engineer and tell both of them.
import { step, workflow } from "windmill-client";
import { notifyChannel } from "/f/shared/tasks.ts";

type Engineer = { handle: string; tz: string };

export const main = workflow(async (pool: Engineer[], previous: string, team: string, weekOf: string) => {
  if (pool.length < 2) {
    await notifyChannel(`#oncall-${team}`, "rotation pool too small, keeping the pager");
    return { next: previous };
  }
  const { pickByShift } = await import("/f/shared/rotation.ts");
  const { shiftOf } = await import("/f/shared/clock.ts");
  // deterministic: the shift number of the requested week picks the engineer
  const next = pickByShift(pool, shiftOf(new Date(weekOf)));

  await notifyChannel(`#oncall-${team}`, `Pager passes from @${previous} to @${next.handle}`);
  const local = await step("handover-time", () =>
    new Date().toLocaleString("en-GB", { timeZone: next.tz }),
  );
  await notifyChannel(`@${next.handle}`, `You are on call for ${team} from ${local} your time`);
  return { next: next.handle, at: local };
});
