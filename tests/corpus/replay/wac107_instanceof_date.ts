// Branch on the type of a task result.
import { task, workflow } from "windmill-client";

const lastLogin = task(async (user: string) => new Date(0).toISOString());

export const main = workflow(async (user: string) => {
  const when = await lastLogin(user);
  if (when instanceof Date) { // expect: WAC107
    return when.getTime();
  }
  return when;
});
