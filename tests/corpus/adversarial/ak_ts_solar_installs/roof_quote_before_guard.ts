// SDK: windmill-client 1.818.0 index.js `_nextStep` queues the step in `pending` when the task is called, and the runner dispatches what is pending when the round ends; the quote is requested on every path, and on the early-return path its result is never awaited
// Agent-written: request the installer quote while the roof survey is checked, Temporal-style "start the activity early".
import { task, workflow } from "windmill-client";

type Survey = { siteId: string; roofOk: boolean; azimuth: number; areaM2: number };

const surveyRoof = task(async function surveyRoof(siteId: string): Promise<Survey> {
  const r = await fetch(`https://survey.sunroof.example/api/sites/${siteId}`);
  return (await r.json()) as Survey;
});

const requestQuote = task(async function requestQuote(siteId: string, kw: number): Promise<{ quoteId: string; cents: number }> {
  const r = await fetch("https://quotes.sunroof.example/api/quotes", { method: "POST", body: JSON.stringify({ siteId, kw }) });
  return (await r.json()) as { quoteId: string; cents: number };
});

export const main = workflow(async (siteId: string, kw: number) => {
  const survey = await surveyRoof(siteId);
  const quote = requestQuote(siteId, kw); // expect: WAC106, WAC903
  if (!survey.roofOk) {
    return { siteId, declined: true, reason: "roof" };
  }
  const q = await quote;
  return { siteId, declined: false, quoteId: q.quoteId, cents: q.cents };
});
