import * as wmill from "windmill-client";

export async function main(lifts: { lift: string; riders: number }[], day: string) {
  const slack = await wmill.getResource("f/resort/ops_slack");
  const lines = lifts.map((l) => `• ${l.lift}: ${l.riders} riders`);
  const resp = await fetch(slack.webhook_url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `Busiest lifts on ${day}\n${lines.join("\n")}` }),
  });
  return { posted: resp.ok, count: lifts.length };
}
