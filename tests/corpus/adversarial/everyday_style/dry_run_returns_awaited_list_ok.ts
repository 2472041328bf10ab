// SDK: windmill-client 1.818.0 client.mjs: Promise.all awaits every task thenable before either path returns.
import { task, workflow } from "windmill-client";

const renderPreview = task(async (templateId: string, userId: string) => ({ templateId, userId, html: "<p/>" }));
const sendEmail = task(async (userId: string, html: string) => ({ userId, sent: true }));

export const main = workflow(async (templateId: string, userIds: string[], dryRun = true) => {
  const rendered = await Promise.all(userIds.map((u) => renderPreview(templateId, u)));
  if (dryRun) {
    return rendered;
  }
  const sent = [];
  for (const r of rendered) sent.push(await sendEmail(r.userId, r.html));
  return sent;
});
