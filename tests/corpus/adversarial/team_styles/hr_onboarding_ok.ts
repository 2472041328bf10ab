// SDK: windmill-client 1.818.0: `getVariable` sends a request; inside `step(...)` it runs once and the value is replayed (`_runInlineStep`).
import * as wmill from "windmill-client";
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Bamboohr = { subdomain: string; apiKey: string };

type NewHire = {
  email: string;
  fullName: string;
  team: "eng" | "sales" | "ops";
  managerEmail: string;
  laptop?: "mac" | "linux";
};

const GROUPS: Record<NewHire["team"], string[]> = {
  eng: ["github", "aws-dev"],
  sales: ["hubspot"],
  ops: ["zendesk"],
};

const createAccount = task(async (hire: NewHire, domain: string) => ({ login: hire.email.split("@")[0] + "@" + domain }), { timeout: 300 });
const addToGroup = task(async (login: string, group: string) => ({ login, group }), { retry: { attempts: 3, delay: 10 } });
const orderLaptop = task(async (login: string, model: string, slackToken: string) => ({ ticket: "IT-1" }));
const notifyManager = task(async (managerEmail: string, approvalPage: string) => ({ sent: true }));

export const main = workflow(async (
  hire: NewHire,
  bamboo: Bamboohr,
  domain: string = "example.com",
  requireApproval: boolean = true,
  extraGroups: string[] = [],
) => {
  console.log("[onboarding] start", hire.email);
  const account = await createAccount(hire, domain);
  for (const g of [...GROUPS[hire.team], ...extraGroups]) {
    await addToGroup(account.login, g);
  }
  if (requireApproval) {
    const urls = await step("approval_urls", () => getResumeUrls(hire.managerEmail));
    await notifyManager(hire.managerEmail, urls.approvalPage);
    const { approved } = await waitForApproval({ timeout: 3 * 24 * 3600 });
    if (!approved) return { account, laptop: null };
  }
  const slackToken = await step("slack_token", () => wmill.getVariable("f/it/slack_token"));
  const laptop = await orderLaptop(account.login, hire.laptop ?? "mac", slackToken);
  return { account, laptop, bambooSubdomain: bamboo.subdomain };
});
