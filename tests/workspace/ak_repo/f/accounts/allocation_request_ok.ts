// A researcher asks for an account; the PI approves by mail, then we provision it.
import { getResumeUrls, step, taskFlow, taskScript, waitForApproval, workflow } from "windmill-client";
import { FLOWS, Scripts } from "/f/rcc/kit/index.ts";
import makeMailer from "/f/rcc/kit/mailer.ts";

const provision = taskScript(Scripts.Provision);
const archiveOld = taskFlow(FLOWS.archive);
const mailer = makeMailer("https://relay.rcc.example.edu");

export const main = workflow(async (uniqname: string, piGroup: string, piEmail: string, oldProject: string) => {
  const urls = await step("urls", () => getResumeUrls());
  await step("ask_pi", () => mailer.send(piEmail, `Approve ${uniqname}?`, urls.approvalPage));
  const approval = await waitForApproval({ timeout: 86400 });
  if (!approval.approved) return { approved: false };
  await provision({ uid: uniqname, pi_group: piGroup });
  await archiveOld({ project: oldProject, tier: "archive" });
  return { approved: true, preview: mailer.preview(piEmail, "account ready") };
});
