// SDK: windmill-client 1.818.0 client.mjs: an un-awaited task is still pushed to `pending` and dispatched; `void` states the result is deliberately ignored.
import { task, workflow } from "windmill-client";

const trackEvent = task(async (name: string, props: Record<string, string>) => ({ name, props }));
const createAccount = task(async (email: string) => ({ id: `acc_${email.length}`, email }));

export const main = workflow(async (email: string) => {
  const account = await createAccount(email);
  void trackEvent("account_created", { id: account.id });
  return account;
});
