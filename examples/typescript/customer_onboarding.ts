// A correct WAC workflow in Bun TypeScript.
import {
  getResumeUrls,
  parallel,
  sleep,
  step,
  task,
  taskFlow,
  waitForApproval,
  workflow,
} from "windmill-client";

const createAccount = task(async (email: string) => {
  const res = await fetch("https://accounts.example.com/users", {
    method: "POST",
    body: JSON.stringify({ email }),
  });
  return (await res.json()).id as string;
});

const sendEmail = task(async (to: string, body: string) => {
  await fetch("https://mail.example.com/send", { method: "POST", body: JSON.stringify({ to, body }) });
});

const provision = taskFlow("f/onboarding/provision_workspace");

export const main = workflow(async (email: string, teams: string[] = []) => {
  const userId = await createAccount(email);
  const urls = await step("get_urls", () => getResumeUrls());
  await sendEmail("it@example.com", `Approve ${email}: ${urls.approvalPage}`);
  const approval = await waitForApproval({ timeout: 86400 });
  if (!approval.approved) {
    return { userId, status: "rejected" };
  }
  await parallel(teams, (team) => provision({ userId, team }), { concurrency: 3 });
  await sleep(3600);
  try {
    await sendEmail(email, "Welcome aboard!");
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    return { userId, status: "welcome_failed" };
  }
  return { userId, status: "done" };
});
