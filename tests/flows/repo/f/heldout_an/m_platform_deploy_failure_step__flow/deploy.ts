import * as wmill from "windmill-client";

export async function main(image: string, environment: string) {
  const argo = await wmill.getResource("f/heldout_an/argocd");
  const res = await fetch(`${argo.url}/api/v1/applications/web-${environment}/sync`, {
    method: "POST",
    headers: { Authorization: `Bearer ${argo.token}` },
    body: JSON.stringify({ revision: image.split(":")[1] }),
  });
  if (!res.ok) throw new Error(`argo sync failed: ${res.status}`);
  return { environment, image, synced: true };
}
