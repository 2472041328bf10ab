// SDK: windmill-client 1.818.0 client.mjs: the resubmit task's `then` throws `StepSuspend` (an Error); the retry loop's catch logs it as a clerk rejection, fixes nothing, and goes round again, so the dispatch is treated as a failed attempt
import { task, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "clerk-retry" });

type Envelope = { envelopeId: string; caseNumber: string; court: string };
type ClerkResult = { accepted: boolean; rejectionCode?: string; rejectionText?: string };

const resubmit = task(async (envelopeId: string, attempt: number): Promise<ClerkResult> => {
  const r = await fetch(`https://efsp.courtfile.example/api/v4/envelopes/${envelopeId}/resubmit`, {
    method: "POST",
    body: JSON.stringify({ attempt }),
  });
  const body = (await r.json()) as ClerkResult;
  if (!body.accepted && body.rejectionCode === "SYSTEM_BUSY") throw new Error("clerk system busy");
  return body;
});

const fixCaption = task(async (envelopeId: string, rejectionText: string) => {
  const r = await fetch(`https://dms.lawfirm.example/api/envelopes/${envelopeId}/autofix`, {
    method: "POST",
    body: JSON.stringify({ rejectionText }),
  });
  return r.ok;
});

export const main = workflow(async (envelopes: Envelope[], maxAttempts = 3) => {
  const outcome: Record<string, string> = {};
  for (const env of envelopes) {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const res = await resubmit(env.envelopeId, attempt);
        if (res.accepted) {
          outcome[env.envelopeId] = "accepted";
          break;
        }
        if (res.rejectionText && (await fixCaption(env.envelopeId, res.rejectionText))) continue;
        outcome[env.envelopeId] = `rejected:${res.rejectionCode}`;
        break;
      } catch (err) { // expect: WAC202
        log.warn({ envelope: env.envelopeId, attempt, err: String(err) }, "resubmit failed");
        outcome[env.envelopeId] = "error";
        if (attempt < maxAttempts) await sleep(600 * attempt);
      }
    }
  }
  return outcome;
});
