// SDK: windmill-client 1.818.0 client.mjs: a task runs in its own job; the module-level let it assigns is never seen by the workflow's job.
import { task, workflow } from "windmill-client";

let token = "";

const login = task(async (user: string) => {
  token = `tok-${user}`; // expect: WAC104
  return true;
});

const callApi = task(async (path: string) => ({ path, auth: token.length > 0 }));

export const main = workflow(async (user: string) => {
  await login(user);
  return await callApi("/me");
});
