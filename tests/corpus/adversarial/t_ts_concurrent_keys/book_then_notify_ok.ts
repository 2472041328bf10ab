// SDK: client.mjs 1.818.0 a parallel batch of task calls suspends once (mode "parallel") and resumes with all of them in the checkpoint, where each thenable resolves at once in call order, so a step called after each task gets its key in array order in every round
import { parallel, step, task, workflow } from "windmill-client";

type Shipment = { orderId: string; weightKg: number; destination: string; email: string };

const bookLabel = task(async function bookLabel(orderId: string, destination: string, weightKg: number) {
  const res = await fetch("https://api.shipengine.com/v1/labels", {
    method: "POST",
    headers: { "API-Key": process.env.SHIPENGINE_KEY ?? "", "Content-Type": "application/json" },
    body: JSON.stringify({ shipment: { ship_to: { country_code: destination }, packages: [{ weight: { value: weightKg, unit: "kilogram" } }] } }),
  });
  const label = (await res.json()) as { label_id: string; tracking_number: string };
  return { orderId, labelId: label.label_id, tracking: label.tracking_number };
});

async function emailTracking(to: string, tracking: string) {
  await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": process.env.POSTMARK_TOKEN ?? "" },
    body: JSON.stringify({ To: to, From: "shipping@acme.io", Subject: "Your parcel is on its way", TextBody: tracking }),
  });
  return { to, sent: true };
}

export const main = workflow(async (shipments: Shipment[]) => {
  const labels = await parallel(
    shipments,
    async (s) => {
      const label = await bookLabel(s.orderId, s.destination, s.weightKg);
      await step("notify", () => emailTracking(s.email, label.tracking));
      return label;
    },
    { concurrency: 10 },
  );
  return { booked: labels.length };
});
