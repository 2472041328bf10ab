// SDK: windmill-client 1.818.0 index.js: `getApprovalUrls(stepKey)` addresses the `waitForApproval` step with that key (stable across replays), so it runs in a `step`; `waitForApproval({ key, timeout, form, description })` reads exactly those options, and its resolved value is checkpointed under the key
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const draftRefundReply = task(async function draftRefundReply(ticketId: string, amount: number) {
  const r = await fetch("https://copilot.northwind.example/api/draft", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ticketId, template: "refund", amount }),
  });
  return (await r.json()) as { text: string };
});

const notifySupervisor = task(async function notifySupervisor(ticketId: string, resumeUrl: string, cancelUrl: string) {
  await fetch("https://hooks.slack.com/services/T000/B000/XXXX", {
    method: "POST",
    body: JSON.stringify({ text: `Refund reply for ${ticketId} needs review: <${resumeUrl}|approve> / <${cancelUrl}|reject>` }),
  });
  return { notified: true };
});

const sendReply = task(async function sendReply(ticketId: string, text: string) {
  await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/replies`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body: text }),
  });
  return { sent: true };
});

export const main = workflow(async (ticketId: string, amount: number) => {
  const draft = await draftRefundReply(ticketId, amount);
  const urls = await step("review_urls", () => getApprovalUrls("refund_review"));
  await notifySupervisor(ticketId, urls.resume, urls.cancel);
  const review = await waitForApproval({
    key: "refund_review",
    timeout: 4 * 3600,
    description: { markdown: `**Draft reply**\n\n${draft.text}` },
    form: { type: "object", properties: { edited: { type: "string", description: "Edited reply (optional)" } } },
  });
  const edited = (review as { value?: { edited?: string } }).value?.edited;
  await sendReply(ticketId, edited && edited.trim() ? edited : draft.text);
  return { ticketId, edited: Boolean(edited) };
});
