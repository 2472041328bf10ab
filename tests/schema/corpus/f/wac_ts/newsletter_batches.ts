// Send a newsletter in batches of 500 recipients with a pause between batches
// to stay under the email provider's rate limit.
import { task, workflow, sleep } from "windmill-client";

const loadSubscribers = task(async (listId: string): Promise<string[]> => {
  const res = await fetch(`https://newsletter.example/api/lists/${listId}/subscribers`);
  return await res.json();
});

const sendBatch = task(
  async (campaignId: string, recipients: string[]): Promise<number> => {
    const res = await fetch(`https://newsletter.example/api/campaigns/${campaignId}/send`, {
      method: "POST",
      body: JSON.stringify({ to: recipients }),
    });
    if (!res.ok) throw new Error(`send failed: ${res.status}`);
    return (await res.json()).accepted;
  },
  { timeout: 900, tag: "email" },
);

export const main = workflow(async (listId: string, campaignId: string, batchSize: number = 500) => {
  const subscribers = await loadSubscribers(listId);
  const batches: string[][] = [];
  for (let i = 0; i < subscribers.length; i += batchSize) {
    batches.push(subscribers.slice(i, i + batchSize));
  }
  let accepted = 0;
  for (const batch of batches) {
    const n = await sendBatch(campaignId, batch);
    accepted += n;
    await sleep(120);
  }
  return { batches: batches.length, accepted };
});
