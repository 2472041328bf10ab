// SDK: windmill-client 1.818.0 client.mjs workflow(): the body's return value is awaited once; an array of task thenables is not adopted, so the dry run returns the thenables, not the previews.
import { task, workflow } from "windmill-client";

const renderPreview = task(async (templateId: string, userId: string) => ({ templateId, userId, html: "<p/>" }));
const sendEmail = task(async (userId: string, html: string) => ({ userId, sent: true }));

export const main = workflow(async (templateId: string, userIds: string[], dryRun = true) => {
  const previews = userIds.map((u) => renderPreview(templateId, u));
  if (dryRun) {
    return previews; // expect: WAC106
  }
  const rendered = await Promise.all(previews);
  const sent = [];
  for (const r of rendered) sent.push(await sendEmail(r.userId, r.html));
  return sent;
});
