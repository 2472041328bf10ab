// A researcher asks for an account; the PI approves by mail, then we provision it.
import { getResumeUrls, step, taskScript, waitForApproval, workflow } from "windmill-client";
import { FLOWS, Scripts } from "/f/rcc/kit/index.ts";
import makeMailer from "/f/rcc/kit/mailer.ts";

const provision = taskScript(Scripts.Provision);
const archiveOld = taskScript(FLOWS.archive); // expect: WAC401
const mailer = makeMailer("https://relay.rcc.example.edu");

export const main = workflow(async (uniqname: string, piGroup: string, piEmail: string, oldProject: string) => {
  const urls = await step("urls", () => getResumeUrls());
  await mailer.send(piEmail, `Approve ${uniqname}?`, urls.approvalPage); // expect: WAC101
  const approval = await waitForApproval({ timeout: 86400 });
  if (!approval.approved) return { approved: false };
  await provision({ uid: uniqname, piGroup }); // expect: WAC402
  await archiveOld({ project: oldProject, tier: "archive" });
  return { approved: true, preview: mailer.preview(piEmail, "account ready") };
});
