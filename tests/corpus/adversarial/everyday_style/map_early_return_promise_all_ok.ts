// SDK: windmill-client 1.818.0 client.mjs: the async callback returns the task's thenable (adopted by its promise) or a plain value; Promise.all awaits every promise.
import { task, workflow } from "windmill-client";

const enrich = task(async (email: string) => ({ email, company: email.split("@")[1] }));

export const main = workflow(async (emails: string[]) => {
  const rows = await Promise.all(
    emails.map(async (email) => {
      if (!email.includes("@")) return null;
      return enrich(email);
    }),
  );
  return rows.filter((r) => r !== null);
});
