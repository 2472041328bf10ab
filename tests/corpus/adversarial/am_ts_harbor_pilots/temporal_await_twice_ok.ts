// SDK: windmill-client 1.818.0 index.js `_nextStep`: the task call returns `{ then }`; the first `await` raises the suspension in the first round, and on replay each `then` hands back the checkpointed value, so awaiting the same handle twice reads the same result twice
// Temporal port: a handle to the ETA activity awaited once for the decision and again for the report, as the old code did with a Promise.
import { task, workflow } from "windmill-client";

const fetchEta = task(async function fetchEta(imo: string) {
  const r = await fetch(`https://ais.harbour.example/api/vessels/${imo}/eta`);
  return (await r.json()) as { eta: string; knots: number };
});

const bookPilot = task(async function bookPilot(imo: string, eta: string) {
  const r = await fetch("https://roster.harbour.example/api/bookings", {
    method: "POST",
    body: JSON.stringify({ imo, eta }),
  });
  return (await r.json()) as { bookingId: string };
});

export const main = workflow(async (imo: string) => {
  const etaHandle = fetchEta(imo);  // expect: WAC903
  const { eta } = await etaHandle;
  const booking = await bookPilot(imo, eta);
  const report = await etaHandle;
  return { booking, knots: report.knots };
});
