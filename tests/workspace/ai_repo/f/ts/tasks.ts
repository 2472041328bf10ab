import { task, taskScript } from "windmill-client";

export const sendPayout = taskScript("f/ops/send_payout", { timeout: 300 });

export const screenCustomer = task(async (customerName: string, country: string) => {
  const res = await fetch(
    `https://sanctions.example/screen?q=${encodeURIComponent(customerName)}&c=${country}`,
  );
  return (await res.json()) as { hits: number; listNames: string[] };
});

export const submitEvidence = task(async (disputeId: string, documents: string[]) => {
  const res = await fetch(`https://acquirer.example/disputes/${disputeId}/evidence`, {
    method: "POST",
    body: JSON.stringify({ documents }),
  });
  return { status: res.status, disputeId };
});
