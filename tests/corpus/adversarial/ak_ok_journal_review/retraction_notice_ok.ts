// SDK: windmill-client 1.818.0: two approvals with distinct literal keys, each with its URLs from getApprovalUrls(key) in a step named by a literal
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const notify = task(async (channel: string, text: string) => {
  await fetch(`https://chat.example-press.org/hooks/${channel}`, { method: "POST", body: JSON.stringify({ text }) });
});

const publishNotice = task(async (articleId: string, notice: string, kind: "retraction" | "expression_of_concern") => {
  const res = await fetch(`https://cms.example-press.org/api/articles/${articleId}/notices`, {
    method: "POST",
    body: JSON.stringify({ notice, kind }),
  });
  return ((await res.json()) as { noticeDoi: string }).noticeDoi;
});

const NOTICE_FORM = {
  type: "object",
  properties: {
    kind: { type: "string", enum: ["retraction", "expression_of_concern"] },
    notice: { type: "string", format: "textarea" },
  },
  required: ["kind", "notice"],
};

export const main = workflow(async (articleId: string, allegation: string) => {
  const editorUrls = await step("editor_urls", () => getApprovalUrls("editor_in_chief"));
  await notify("eic", `Integrity case on ${articleId}: ${allegation}\n${editorUrls.approvalPage}`);
  const eic = await waitForApproval({ key: "editor_in_chief", timeout: 7 * 86400, form: NOTICE_FORM });
  if (!eic.approved) return { outcome: "no_action", by: eic.approver };

  const publisherUrls = await step("publisher_urls", () => getApprovalUrls("publisher"));
  await notify("publishing", `Notice drafted by ${eic.approver} for ${articleId}: ${publisherUrls.resume}`);
  const pub = await waitForApproval({ key: "publisher", timeout: 7 * 86400 });
  if (!pub.approved) return { outcome: "vetoed", by: pub.approver };

  const kind = eic.value.kind === "retraction" ? "retraction" : "expression_of_concern";
  const doi = await publishNotice(articleId, String(eic.value.notice), kind);
  return { outcome: kind, doi };
});
