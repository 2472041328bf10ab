// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; namespace helpers that only format inputs and task results are deterministic.
import { task, workflow } from "windmill-client";

namespace Fmt {
  export const currency = (cents: number, code = "EUR"): string => `${(cents / 100).toFixed(2)} ${code}`;
  export function plural(n: number, word: string): string {
    return n === 1 ? `${n} ${word}` : `${n} ${word}s`;
  }
  export namespace Slack {
    export const bold = (s: string) => `*${s}*`;
  }
}

const totals = task(async (region: string) => ({ orders: 3, cents: 12_500 }));
const postSummary = task(async (channel: string, text: string) => ({ ok: true }));

export const main = workflow(async (region: string, channel = "#sales") => {
  const t = await totals(region);
  const text = `${Fmt.Slack.bold(region)}: ${Fmt.plural(t.orders, "order")}, ${Fmt.currency(t.cents)}`;
  return await postSummary(channel, text);
});
