// SDK: windmill-client 1.818.0 client.mjs step(): the callback runs once and its result is checkpointed, so the event is sent once; the Inngest client is only built at load (no request).
import { Inngest } from "inngest";
import { step, task, workflow } from "windmill-client";

const inngest = new Inngest({ id: "billing-app", eventKey: process.env.INNGEST_EVENT_KEY });

type Signup = { userId: string; email: string; plan: "free" | "pro" };

const createAccount = task(async (userId: string, plan: string) => {
  const res = await fetch("https://accounts.example.com/v1/accounts", {
    method: "POST",
    body: JSON.stringify({ userId, plan }),
  });
  return (await res.json()) as { accountId: string };
});

export const main = workflow(async (signup: Signup) => {
  const { accountId } = await createAccount(signup.userId, signup.plan);
  const sent = await step("announce", async () => {
    const { ids } = await inngest.send({ name: "app/account.created", data: { accountId } });
    return ids;
  });
  return { accountId, eventIds: sent };
});
