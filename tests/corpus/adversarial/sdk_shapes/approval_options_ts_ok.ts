// SDK: windmill-client 1.818.0 client.mjs waitForApproval(options): timeout, form, key, skin and description are read from the options object.
import { getApprovalUrls, step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const urls = await step("urls", () => getApprovalUrls("legal"));
  const decision = await waitForApproval({
    key: "legal",
    timeout: 86400,
    skin: "minimal",
    description: { markdown: `Please review **${doc}**` },
    form: { type: "object", properties: { comment: { type: "string" } } },
  });
  return { doc, resume: urls.resume, approved: decision.approved };
});
