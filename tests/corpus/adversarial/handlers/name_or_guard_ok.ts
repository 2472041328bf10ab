// SDK: windmill-client 1.818.0 dist/wacError.mjs: a task failure is an Error named "TaskError"; the guard rethrows anything else, StepSuspend (name "StepSuspend") included.
import { task, workflow } from "windmill-client";

const reserveRoom = task(async (roomId: string, day: string) => ({ roomId, day, booked: true }));

export const main = workflow(async (roomId: string, days: string[]) => {
  const booked: string[] = [];
  for (const day of days) {
    try {
      await reserveRoom(roomId, day);
      booked.push(day);
    } catch (e: unknown) {
      if (!(e instanceof Error) || e.name !== "TaskError") throw e;
      console.log(`could not book ${day}: ${e.message}`);
    }
  }
  return { booked };
});
