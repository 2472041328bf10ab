// SDK: windmill-client 1.818.0 client.mjs _nextStep: each task call awaited before the generator yields.
import { task, workflow } from "windmill-client";

const notify = task(async (userId: string) => ({ userId, sent: true }));

async function* notifyAll(userIds: string[]) {
  for (const id of userIds) {
    const r = await notify(id);
    yield r.userId;
  }
}

export const main = workflow(async (userIds: string[]) => {
  const done: string[] = [];
  for await (const id of notifyAll(userIds)) done.push(id);
  return done;
});
