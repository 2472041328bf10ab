// SDK: windmill-client 1.818.0 client.mjs: Promise.race awaits both quote tasks (both are dispatched together) and the body uses the first to settle.
import { task, workflow } from "windmill-client";

const quoteCarrierA = task(async (parcel: { kg: number }) => ({ carrier: "A", cents: 900 + parcel.kg }));
const quoteCarrierB = task(async (parcel: { kg: number }) => ({ carrier: "B", cents: 950 + parcel.kg }));

export const main = workflow(async (kg: number) => {
  const first = await Promise.race([quoteCarrierA({ kg }), quoteCarrierB({ kg })]);
  return first;
});
