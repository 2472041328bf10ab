// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints fn's result as JSON; the step keeps only the error's message (a string), which survives the round trip
import { step, task, workflow } from "windmill-client";

type Winner = { team: string; address: { line1: string; city: string; country: string; postcode: string } };

const createLabel = task(async (winner: Winner, weightKg: number) => {
  const r = await fetch("https://ship.hackday.example/v2/labels", {
    method: "POST",
    body: JSON.stringify({ to: winner.address, weightKg }),
  });
  if (!r.ok) throw new Error(`label refused: ${r.status}`);
  return ((await r.json()) as { tracking: string }).tracking;
});

const postToChannel = task(async (text: string) => {
  await fetch("https://chat.hackday.example/hooks/organisers", { method: "POST", body: JSON.stringify({ text }) });
});

async function validateAddress(winner: Winner) {
  const r = await fetch("https://addr.hackday.example/validate", {
    method: "POST",
    body: JSON.stringify(winner.address),
  });
  if (!r.ok) throw new Error(`${winner.team}: ${(await r.text()).slice(0, 120)}`);
  return (await r.json()) as { normalised: Winner["address"] };
}

export const main = workflow(async (winners: Winner[], weightKg: number = 1.2) => {
  const shipped: string[] = [];
  const problems: string[] = [];
  for (const winner of winners) {
    const checked = await step("validate_address", async () => {
      try {
        return { ok: true as const, address: (await validateAddress(winner)).normalised };
      } catch (e) {
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    });
    if (!checked.ok) {
      problems.push(checked.error);
      continue;
    }
    shipped.push(await createLabel({ ...winner, address: checked.address }, weightKg));
  }
  if (problems.length) await postToChannel(`Swag blocked:\n${problems.join("\n")}`);
  return { shipped, problems };
});
