// SDK: windmill-client 1.818.0 a workflow whose catch around tasks rethrows anything that is not the task failure it expects (a name test on the error, with the StepSuspend import's instanceof first); Promise.all of two tasks; results converted right after the checkpoint (Number / new Date of the returned strings)
import { StepSuspend, step, task, workflow } from "windmill-client";

const SHELTER = "https://ops.shelter.example";

const adoptionRecord = task(async (adoptionId: string) => {
  const res = await fetch(`${SHELTER}/adoptions/${adoptionId}`);
  return (await res.json()) as { animalId: string; fee: string; adoptedAt: string; adopter: string };
});

const kennelFor = task(async (species: string, sizeKg: number) => {
  const res = await fetch(`${SHELTER}/kennels/free?species=${species}&size=${sizeKg}`);
  const body = (await res.json()) as { kennel: string | null };
  if (!body.kennel) throw new Error("no kennel free");
  return body.kennel;
});

const refund = task(async (adopter: string, cents: number) => {
  const res = await fetch(`${SHELTER}/refunds`, { method: "POST", body: JSON.stringify({ adopter, cents }) });
  return (await res.json()) as { refundId: string };
});

export const main = workflow(async (adoptionId: string, species: string, sizeKg: number, refundWithinDays: number = 14) => {
  const [record, kennel] = await Promise.all([adoptionRecord(adoptionId), kennelFor(species, sizeKg)]);
  const fee = Number(record.fee);
  const adoptedAt = new Date(record.adoptedAt);
  const receivedAt = new Date(await step("received_at", () => new Date().toISOString()));
  const days = Math.floor((receivedAt.getTime() - adoptedAt.getTime()) / 86_400_000);
  let refundId: string | null = null;
  if (days <= refundWithinDays && fee > 0) {
    try {
      refundId = (await refund(record.adopter, Math.round(fee * 100))).refundId;
    } catch (err) {
      if (err instanceof StepSuspend) throw err;
      if (!(err instanceof Error) || err.name !== "TaskError") throw err;
      console.log(`refund failed, finance will follow up: ${err.message}`);
    }
  }
  return { animalId: record.animalId, kennel, daysHome: days, refundId };
});
