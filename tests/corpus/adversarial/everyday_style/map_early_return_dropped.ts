// SDK: windmill-client 1.818.0 client.mjs: the array of promises `map` returns is never awaited, so the workflow returns before any enrich task is observed.
import { task, workflow } from "windmill-client";

const enrich = task(async (email: string) => ({ email, company: email.split("@")[1] }));

export const main = workflow(async (emails: string[]) => {
  let valid = 0;
  emails.map(async (email) => { // expect: WAC106
    if (!email.includes("@")) return null;
    valid++;
    return await enrich(email);
  });
  return { valid };
});
