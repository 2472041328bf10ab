import * as wmill from "windmill-client";

export async function main(image: string, environment: string, critical: number) {
  if (critical > 0) throw new Error(`refusing to roll out ${image}: ${critical} critical findings`);
  const argo = await wmill.getResource("f/heldout_ang/argocd");
  const res = await fetch(`${argo.url}/api/v1/applications/api-${environment}/set-image`, {
    method: "POST",
    headers: { Authorization: `Bearer ${argo.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ image }),
  });
  return { rolled_out: res.ok, image };
}
