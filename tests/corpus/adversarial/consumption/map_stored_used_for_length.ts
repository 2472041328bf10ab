// SDK: windmill-client 1.818.0 client.mjs: the mapped task promises are dispatched but never awaited; only the array's length is read.
import { task, workflow } from "windmill-client";

const deactivate = task(async (userId: string) => ({ userId, active: false }));

export const main = workflow(async (userIds: string[]) => {
  const pending = userIds.map((id) => deactivate(id)); // expect: WAC106
  return { requested: pending.length };
});
