// SDK: windmill-client 1.818.0 client.mjs: only task / step results are replayed from the checkpoint; a namespace function awaited in the workflow body fetches again on every replay.
import { task, workflow } from "windmill-client";

namespace Billing {
  export interface Charge {
    id: string;
    cents: number;
  }

  export async function postCharge(apiBase: string, charge: Charge): Promise<number> {
    const res = await fetch(`${apiBase}/charges`, { method: "POST", body: JSON.stringify(charge) });
    return res.status;
  }
}

const computeCharge = task(async (accountId: string): Promise<Billing.Charge> => ({ id: accountId, cents: 990 }));

export const main = workflow(async (accountId: string, apiBase: string) => {
  const charge = await computeCharge(accountId);
  const status = await Billing.postCharge(apiBase, charge); // expect: WAC101
  return { accountId, status };
});
