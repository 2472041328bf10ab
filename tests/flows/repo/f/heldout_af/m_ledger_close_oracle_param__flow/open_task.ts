import * as wmill from "windmill-client";

export async function main(account: string, amount: number, period: string) {
  const tracker = await wmill.getResource("f/finance/close_tracker");
  const res = await fetch(`${tracker.url}/tasks`, {
    method: "POST",
    headers: { authorization: `Bearer ${tracker.token}`, "content-type": "application/json" },
    body: JSON.stringify({ title: `Unposted ${amount.toFixed(2)} on ${account}`, period, queue: "gl-close" }),
  });
  return (await res.json()).id;
}
