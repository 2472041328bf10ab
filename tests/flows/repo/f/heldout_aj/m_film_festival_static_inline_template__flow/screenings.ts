import * as wmill from "npm:windmill-client@1.818.0";

export async function main(edition: number) {
  const prog = await wmill.getResource("f/festival/programme_api");
  const res = await fetch(`${prog.url}/editions/${edition}/screenings`, {
    headers: { Authorization: `Bearer ${prog.token}` },
  });
  if (!res.ok) throw new Error(`programme ${res.status}`);
  return (await res.json()) as { title: string; venue: string; starts: string }[];
}
