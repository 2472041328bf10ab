// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `now` destructured off Date is Date.now, a clock read in the body each replay.
import { task, workflow } from "windmill-client";

const book = task(async (room: string, at: number) => ({ room, at }));

export const main = workflow(async (room: string) => {
  const { now } = Date;
  return await book(room, now()); // expect: WAC102
});
