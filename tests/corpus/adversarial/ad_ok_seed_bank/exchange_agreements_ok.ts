// SDK: windmill-client 1.818.0 getApprovalUrls(key) inside step and waitForApproval({ key }) with a literal key; getVariable only inside a task
import { getApprovalUrls, getVariable, step, task, waitForApproval, workflow } from "windmill-client";

type Agreement = {
  partner: string;
  accessions: string[];
  smta: boolean;
};

const LEGAL = "https://legal.seedbank.example/api";

enum Decision {
  Approved = "approved",
  Rejected = "rejected",
}

class AgreementText {
  constructor(private readonly a: Agreement) {}
  summary(): string {
    const kind = this.a.smta ? "SMTA" : "MTA";
    return `${kind} with ${this.a.partner} for ${this.a.accessions.length} accessions`;
  }
}

const draftAgreement = task(async (a: Agreement) => {
  const key = await getVariable("f/seedbank/legal_api_key");
  const res = await fetch(`${LEGAL}/drafts`, {
    method: "POST",
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: JSON.stringify(a),
  });
  if (!res.ok) throw new Error(`draft failed: ${res.status}`);
  return (await res.json()) as { draftId: string; pdf: string };
});

const notifyCounsel = task(async (summary: string, resume: string, cancel: string) => {
  const hook = await getVariable("f/seedbank/counsel_slack_hook");
  await fetch(hook, { method: "POST", body: JSON.stringify({ text: `${summary}\napprove: ${resume}\nreject: ${cancel}` }) });
});

const finalize = task(async (draftId: string, decision: string, approver: string) => {
  const res = await fetch(`${LEGAL}/drafts/${draftId}/${decision}`, { method: "POST", body: JSON.stringify({ approver }) });
  return { draftId, decision, ok: res.ok };
});

export const main = workflow(async (agreement: Agreement, timeoutHours: number = 72) => {
  const text = new AgreementText(agreement);
  const draft = await draftAgreement(agreement);
  const urls = await step("counsel_urls", () => getApprovalUrls("counsel"));
  await notifyCounsel(text.summary(), urls.resume, urls.cancel);
  const { approved, approver } = await waitForApproval({ key: "counsel", timeout: timeoutHours * 3600 });
  const decision = approved ? Decision.Approved : Decision.Rejected;
  return await finalize(draft.draftId, decision, approver);
});
