// SDK: windmill-client 1.818.0 client.mjs: Array.from with an async mapper returns promises the body drops; the notifications are dispatched but never awaited, and the workflow reports done before them.
import { task, workflow } from "windmill-client";

const notify = task(async (userId: string) => ({ userId, sent: true }));

export const main = workflow(async (userIds: string[]) => {
  Array.from(userIds, async (id) => { await notify(id); }); // expect: WAC106
  return { queued: userIds.length };
});
