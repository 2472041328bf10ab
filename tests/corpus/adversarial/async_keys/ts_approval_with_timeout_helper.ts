// SDK: windmill-client 1.818.0 client.mjs _waitForApproval raises the suspension at once or hands back the recorded answer, so withTimeout's timer never wins the race (WAC108: waitForApproval({ timeout }) is the bound).
import { task, waitForApproval, workflow } from "windmill-client";

const ship = task(async (order: string, approved: boolean) => ({ order, approved }));

function withTimeout<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("approval timed out")), ms)),
  ]);
}

export const main = workflow(async (order: string) => {
  const answer = await withTimeout(waitForApproval({ timeout: 86_400 }), 3_600_000); // expect: WAC108
  return await ship(order, answer.approved);
});
