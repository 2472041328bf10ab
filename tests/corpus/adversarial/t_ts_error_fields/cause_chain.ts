// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker builds `new Error(message)` and sets name/result/step_key/child_job_id only: the `cause` the task attached is gone, so a test on `e.cause` never matches
import { task, workflow } from "windmill-client";

class CarrierRejectedError extends Error {
  constructor(public readonly carrier: string, message: string) {
    super(message);
    this.name = "CarrierRejectedError";
  }
}

const createLabel = task(async function createLabel(orderId: string, carrier: string) {
  const res = await fetch(`https://labels.internal/${carrier}/labels`, { method: "POST", body: JSON.stringify({ orderId }) });
  if (res.status === 422) {
    throw new Error(`label for ${orderId} rejected`, { cause: new CarrierRejectedError(carrier, await res.text()) });
  }
  return { orderId, carrier, tracking: ((await res.json()) as { tracking: string }).tracking };
});

export const main = workflow(async (orderId: string, carriers: string[] = ["dhl", "ups", "fedex"]) => {
  for (const carrier of carriers) {
    try {
      return await createLabel(orderId, carrier);
    } catch (e: any) {
      if (e?.cause instanceof CarrierRejectedError) { // expect: WAC204
        console.log(`carrier ${carrier} rejected ${orderId}, trying next`);
        continue;
      }
      throw e;
    }
  }
  return { orderId, carrier: null, tracking: null };
});
