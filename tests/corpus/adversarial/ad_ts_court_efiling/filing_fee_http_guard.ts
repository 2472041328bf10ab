// SDK: windmill-client 1.818.0 client.mjs/wacError.mjs: a failed task reaches the body as `taskErrorFromMarker(...)` (a plain Error named "TaskError" with `result`), never as the ky `HTTPError` thrown in the child job; the type guard's `instanceof HTTPError` is always false, so the 402 branch never runs
import { task, step, workflow } from "windmill-client";
import ky, { HTTPError } from "ky";

type FeeQuote = { envelopeId: string; amountCents: number; waiverEligible: boolean };

const courtPay = ky.create({ prefixUrl: "https://pay.courtfile.example/v2/", timeout: 20_000 });

function isPaymentRequired(e: unknown): e is HTTPError {
  return e instanceof HTTPError && e.response.status === 402;
}

const quoteFee = task(async (envelopeId: string): Promise<FeeQuote> => {
  return await courtPay.get(`envelopes/${envelopeId}/fees`).json<FeeQuote>();
});

const payFee = task(async (envelopeId: string, amountCents: number, cardToken: string) => {
  const res = await courtPay
    .post(`envelopes/${envelopeId}/payments`, { json: { amountCents, cardToken } })
    .json<{ receipt: string }>();
  return res.receipt;
});

const requestWaiver = task(async (envelopeId: string, reason: string) => {
  return await courtPay.post(`envelopes/${envelopeId}/waivers`, { json: { reason } }).json<{ waiverId: string }>();
});

export const main = workflow(async (envelopeIds: string[], cardToken: string) => {
  const receipts: Record<string, string> = {};
  const waivers: Record<string, string> = {};
  for (const id of envelopeIds) {
    const quote = await quoteFee(id);
    try {
      receipts[id] = await payFee(id, quote.amountCents, cardToken);
    } catch (e) {
      if (isPaymentRequired(e) && quote.waiverEligible) { // expect: WAC204
        waivers[id] = (await requestWaiver(id, "card declined; indigent client")).waiverId;
        continue;
      }
      throw e;
    }
  }
  return await step("summary", () => ({ paid: Object.keys(receipts).length, waived: Object.keys(waivers).length }));
});
