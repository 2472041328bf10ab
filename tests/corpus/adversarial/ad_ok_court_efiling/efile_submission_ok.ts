// SDK: windmill-client 1.818.0 a failed task throws an Error named "TaskError"; a catch whose first statement rethrows anything that is not a TaskError keeps the suspension
import { step, task, workflow } from "windmill-client";

type Envelope = { envelopeId: string; status: "submitted" | "accepted" | "rejected"; reason?: string };

const EFM = "https://efm.courts.example/v5";

function isTaskError(e: unknown): e is Error & { result?: { error?: { message?: string } } } {
  return e instanceof Error && e.name === "TaskError";
}

const submitEnvelope = task(async (caseNo: string, docIds: string[], filer: string): Promise<Envelope> => {
  const res = await fetch(`${EFM}/envelopes`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.EFM_TOKEN}` },
    body: JSON.stringify({ caseNo, docIds, filer }),
  });
  if (res.status === 422) {
    const body = (await res.json()) as { reason: string };
    throw new Error(`rejected: ${body.reason}`);
  }
  return (await res.json()) as Envelope;
});

const queueForParalegal = task(async (caseNo: string, reason: string) => {
  await fetch("https://tasks.lawfirm.example/queue", { method: "POST", body: JSON.stringify({ caseNo, reason }) });
  return { queued: true };
});

export const main = workflow(async (caseNo: string, docIds: string[], filer: string) => {
  const ordered = docIds.toSorted();
  try {
    const env = await submitEnvelope(caseNo, ordered, filer);
    const receipt = await step("receipt_time", () => new Date().toISOString());
    return { envelope: env, receipt };
  } catch (e) {
    if (!isTaskError(e)) throw e;
    const reason = e.result?.error?.message ?? e.message;
    await queueForParalegal(caseNo, reason);
    return { envelope: null, reason };
  }
});
