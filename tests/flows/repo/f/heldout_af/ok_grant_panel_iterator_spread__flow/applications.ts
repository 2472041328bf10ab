import * as wmill from "windmill-client";

type Application = { id: string; title: string; keywords: string[]; pi_institution: string };

export async function main(call_id: string): Promise<Application[]> {
  const portal = await wmill.getResource("f/grants/portal");
  const res = await fetch(`${portal.url}/calls/${call_id}/applications?status=eligible`, {
    headers: { authorization: `Bearer ${portal.token}` },
  });
  const apps: Application[] = await res.json();
  return apps;
}
