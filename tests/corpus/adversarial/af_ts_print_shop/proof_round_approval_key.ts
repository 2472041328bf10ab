// SDK: windmill-client 1.818.0 client.mjs: _waitForApproval allocates options.key; a key holding Date.now() differs on the replay after the approval, so the resumed value is never found and the workflow asks again forever
import { task, workflow, waitForApproval, step, getApprovalUrls } from "windmill-client";

type Proof = { orderId: string; round: number; pdfUrl: string };

const makeProof = task(async (orderId: string, round: number, notes: string[]) => {
  const r = await fetch("https://prepress.inkwell-print.example/proofs", {
    method: "POST",
    body: JSON.stringify({ orderId, round, notes }),
  });
  return (await r.json()) as Proof;
});

const sendProof = task(async (email: string, proof: Proof, resume: string, cancel: string) => {
  await fetch("https://mail.inkwell-print.example/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "proof", proof, resume, cancel }),
  });
});

export const main = workflow(async (orderId: string, customerEmail: string, maxRounds = 3) => {
  let notes: string[] = [];
  for (let round = 1; round <= maxRounds; round++) {
    const proof = await makeProof(orderId, round, notes);
    const key = `proof-${orderId}-${Date.now()}`; // expect: WAC102
    const urls = await step(`urls-${round}`, () => getApprovalUrls(key)); // expect: WAC103
    await sendProof(customerEmail, proof, urls.resume, urls.cancel);
    const answer = await waitForApproval({ key, timeout: 7 * 24 * 3600 }); // expect: WAC103
    if (answer.approved) return { orderId, approvedRound: round };
    notes = [...notes, String(answer.value?.notes ?? "")];
  }
  return { orderId, approvedRound: null };
});
