// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs from the top after every task; Inngest's `inngest.send` is an HTTP call to the event API, so each replay emits the event again (Inngest's step.sendEvent was memoised, the port is not).
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

const provisionWorkspace = task(async (accountId: string) => {
  const res = await fetch(`https://accounts.example.com/v1/accounts/${accountId}/workspace`, {
    method: "POST",
  });
  return (await res.json()) as { workspaceUrl: string };
});

export const main = workflow(async (signup: Signup) => {
  const { accountId } = await createAccount(signup.userId, signup.plan);
  const { workspaceUrl } = await provisionWorkspace(accountId);

  await inngest.send({ name: "app/account.provisioned", data: { accountId, workspaceUrl } }); // expect: WAC101

  const welcomed = await step("welcome-email", async () => {
    const res = await fetch("https://mail.example.com/send", {
      method: "POST",
      body: JSON.stringify({ to: signup.email, template: "welcome", workspaceUrl }),
    });
    return res.ok;
  });
  return { accountId, workspaceUrl, welcomed };
});
