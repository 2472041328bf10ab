import * as wmill from "windmill-client";

export async function main(bin: string, press_id: string) {
  const ctl = await wmill.getResource("f/vineyard/press_controller");
  const resp = await fetch(`${ctl.url}/presses/${press_id}/cycles`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ctl.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ bin, program: "whole_cluster" }),
  });
  if (!resp.ok) throw new Error(`press refused bin ${bin}: ${resp.status}`);
  const body = await resp.json();
  return { cycle_id: body.id as string };
}
