// SDK: windmill-client 1.818.0 parallel(items, task, { concurrency }) maps tasks in batches in array order; RegExp and crypto.createHash of inputs in the body are pure
import { parallel, step, task, waitForApproval, workflow } from "windmill-client";
import { createHash } from "node:crypto";

const PATTERNS = [
  { kind: "ssn", re: /\b\d{3}-\d{2}-\d{4}\b/g },
  { kind: "dob", re: /\b\d{2}\/\d{2}\/\d{4}\b/g },
  { kind: "account", re: /\b\d{12,19}\b/g },
] as const;

type Page = { docId: string; page: number; text: string };

function findPii(text: string) {
  return PATTERNS.flatMap(({ kind, re }) => [...text.matchAll(re)].map((m) => ({ kind, at: m.index ?? 0 })));
}

const fingerprint = (p: Page) => createHash("sha256").update(`${p.docId}:${p.page}:${p.text}`).digest("hex");

const ocrPage = task(async (docId: string, page: number): Promise<Page> => {
  const res = await fetch(`https://ocr.lawfirm.example/docs/${docId}/pages/${page}`);
  return { docId, page, text: await res.text() };
});

const applyRedactions = task(async (docId: string, marks: { page: number; kind: string; at: number }[]) => {
  const res = await fetch(`https://dms.lawfirm.example/docs/${docId}/redact`, { method: "POST", body: JSON.stringify(marks) });
  return { docId, applied: marks.length, ok: res.ok };
});

export const main = workflow(async (docId: string, pageCount: number, reviewer: string) => {
  const pageNumbers = Array.from({ length: pageCount }, (_, i) => i + 1);
  const pages = await parallel(pageNumbers, (n: number) => ocrPage(docId, n), { concurrency: 4 });
  const marks = pages.flatMap((p) => findPii(p.text).map((m) => ({ page: p.page, ...m })));
  const prints = pages.map(fingerprint);
  if (marks.length === 0) return { docId, applied: 0, prints };
  const reviewStart = await step("review_start", () => new Date().toISOString());
  const decision = await waitForApproval({ timeout: 2 * 86400, form: { properties: { note: { type: "string" } } } });
  if (!decision.approved) return { docId, applied: 0, prints, reviewer, reviewStart };
  return { ...(await applyRedactions(docId, marks)), prints, reviewer: decision.approver, reviewStart };
});
