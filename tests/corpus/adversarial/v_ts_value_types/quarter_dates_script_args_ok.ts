// SDK: windmill-client 1.818.0 taskScript args cross JSON; Date.UTC of given fields is pure, and ISO strings survive
// Quarter close: date range computed in the body, sent as ISO date strings.
import { taskScript, workflow } from "windmill-client";

const closeLedger = taskScript("f/finance/close_ledger", { timeout: 900 });

function quarterBounds(year: number, q: 1 | 2 | 3 | 4) {
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export const main = workflow(async (year: number, quarter: number, entity: string) => {
  const { start, end } = quarterBounds(year, quarter as 1 | 2 | 3 | 4);
  const closed = await closeLedger({ entity, period_start: start, period_end: end });
  return { entity, start, end, closed };
});
