// SDK: windmill-client 1.818.0 client.mjs _nextStep: a task call dispatches its step and returns a bare { then }; the generator drops it and yields the id, so the notification's result and failure are lost (reported where the body drains the generator).
import { task, workflow } from "windmill-client";

const notify = task(async (userId: string) => ({ userId, sent: true }));

async function* notifyAll(userIds: string[]) {
  for (const id of userIds) {
    notify(id);
    yield id;
  }
}

export const main = workflow(async (userIds: string[]) => {
  const done: string[] = [];
  for await (const id of notifyAll(userIds)) done.push(id); // expect: WAC106
  return done;
});
