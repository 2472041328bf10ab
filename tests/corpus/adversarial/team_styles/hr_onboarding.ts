// SDK: windmill-client 1.818.0: `getVariable` is a Windmill API request (VariableService.getVariable), not a WAC primitive; in the body it is sent again on every replay and its value is not checkpointed.
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

const LOG_PREFIX = "[onboarding]";
const GROUPS: Record<NewHire["team"], string[]> = {
  eng: ["github", "aws-dev", "pagerduty"],
  sales: ["hubspot", "gong"],
  ops: ["zendesk"],
};

function log(msg: string, extra: Record<string, unknown> = {}) {
  console.log(LOG_PREFIX, msg, JSON.stringify(extra));
}

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
  log("start", { email: hire.email, team: hire.team });
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
  const slackToken = await wmill.getVariable("f/it/slack_token"); // expect: WAC101
  const laptop = await orderLaptop(account.login, hire.laptop ?? "mac", slackToken);
  log("done", { login: account.login });
  return { account, laptop, bambooSubdomain: bamboo.subdomain };
});
