// SDK: windmill-client 1.818.0: a helper's default (`at = new Date().toISOString()`) runs only when the call omits it, and every call in the body passes it; a class whose field reads Date.now() is built only inside a task; getTimezoneOffset() and toLocaleString() are read inside the task's job; switch arms on an approval's value each await their own task
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Flight = { number: string; departs: string; station: string; crew: number; longHaul: boolean };
type MealLine = { flight: string; meals: number; special: string[]; stampedAt: string };

const CATERING = "https://catering.example-air.com/api";

class OrderSheet {
  private readonly openedAt = Date.now();
  private readonly lines: MealLine[] = [];
  add(line: MealLine): this {
    this.lines.push(line);
    return this;
  }
  render(): string {
    return this.lines.map((l) => `${l.flight},${l.meals},${l.special.join("|")}`).join("\n") + `\n# ${Date.now() - this.openedAt}ms`;
  }
}

const mealLine = (f: Flight, special: string[], at = new Date().toISOString()): MealLine => ({
  flight: f.number,
  meals: f.longHaul ? f.crew * 2 : f.crew,
  special,
  stampedAt: at,
});

const specialMeals = task(async (flight: string): Promise<string[]> => {
  const r = await fetch(`${CATERING}/special-requests?flight=${flight}`);
  if (!r.ok) throw new Error(`specials ${r.status}`);
  return (await r.json()) as string[];
});

const sendOrder = task(async (station: string, lines: MealLine[]) => {
  const sheet = new OrderSheet();
  for (const l of lines) sheet.add(l);
  const offsetMin = new Date().getTimezoneOffset();
  const r = await fetch(`${CATERING}/stations/${station}/orders`, {
    method: "POST",
    headers: { "content-type": "text/csv", "x-local-offset": String(offsetMin), "x-sent": new Date().toLocaleString() },
    body: sheet.render(),
  });
  if (!r.ok) throw new Error(`order ${r.status}`);
  return ((await r.json()) as { orderId: string }).orderId;
});

const askPurser = task(async (station: string, count: number, page: string) => {
  const hook = await wmill.getVariable("f/crew/purser_channel");
  await fetch(hook, { method: "POST", body: JSON.stringify({ text: `${station}: ${count} meal lines. ${page}` }) });
});

const cancelOrder = task(async (station: string, reason: string) => {
  await fetch(`${CATERING}/stations/${station}/orders/pending`, { method: "DELETE", body: JSON.stringify({ reason }) });
  return reason;
});

export const main = workflow(async (station: string, flights: Flight[]) => {
  const stampedAt = await step("stamped_at", () => new Date().toISOString());
  const lines: MealLine[] = [];
  for (const f of flights) {
    const specials = await specialMeals(f.number);
    lines.push(mealLine(f, specials, stampedAt));
  }

  const urls = await step("purser_urls", () => getApprovalUrls("purser_review"));
  await askPurser(station, lines.length, urls.approvalPage);
  const review = await waitForApproval({
    key: "purser_review",
    timeout: 6 * 3600,
    form: { properties: { action: { type: "string", enum: ["send", "hold", "cancel"] } } },
  });

  const action = review.approved ? String(review.value?.action ?? "send") : "cancel";
  switch (action) {
    case "send": {
      const orderId = await sendOrder(station, lines);
      return { station, action, orderId };
    }
    case "cancel": {
      const reason = await cancelOrder(station, `purser ${review.approver}`);
      return { station, action, reason };
    }
    default:
      return { station, action, lines: lines.length };
  }
});
