// SDK: windmill-client 1.818.0 client.mjs `_waitForApproval`: without a key the approvals are numbered (`approval`, `approval_2`, ...), so the helper may run once per reviewer.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Review = { reviewer: string; approved: boolean };

const sendReviewRequest = task(async (reviewer: string, page: string, docId: string) => ({ sent: true }));
const publishDoc = task(async (docId: string, reviews: Review[]) => ({ published: true }));

const askReviewer = async (reviewer: string, docId: string): Promise<Review> => {
  const urls = await step("review_urls", () => getResumeUrls(reviewer));
  await sendReviewRequest(reviewer, urls.approvalPage, docId);
  const decision = await waitForApproval({ timeout: 2 * 86_400 });
  return { reviewer, approved: decision.approved };
};

export const main = workflow(async (docId: string, reviewers: string[]) => {
  const reviews: Review[] = [];
  for (const reviewer of reviewers) {
    reviews.push(await askReviewer(reviewer, docId));
  }
  if (reviews.some((r) => !r.approved)) return { docId, published: false, reviews };
  return { docId, ...(await publishDoc(docId, reviews)), reviews };
});
