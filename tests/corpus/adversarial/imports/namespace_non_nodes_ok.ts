// SDK: windmill-client 1.818.0 client.mjs: getResumeUrls and parallel work the same through the namespace; Windmill's diagram has no node for either, bare or not.
import * as wmill from "windmill-client";
import { step, task, waitForApproval, workflow } from "windmill-client";

const publishPage = task(async (slug: string) => ({ slug, live: true }));
const notifyEditor = task(async (editor: string, url: string) => ({ editor, url }));

export const main = workflow(async (slugs: string[], editor: string) => {
  const urls = await step("urls", () => wmill.getResumeUrls(editor));
  await notifyEditor(editor, urls.approvalPage);
  await waitForApproval({ timeout: 86400 });
  const pages = await wmill.parallel(slugs, publishPage, { concurrency: 4 });
  return { published: pages.length };
});
