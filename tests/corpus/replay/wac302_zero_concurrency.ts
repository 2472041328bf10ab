// Send the reminders, throttled.
import { task, parallel, workflow } from "windmill-client";

const remind = task(async (user: string) => `reminded ${user}`);

export const main = workflow(async (users: string[]) => {
  return await parallel(users, remind, { concurrency: 0 }); // expect: WAC302
});
