// SDK: windmill-oracle sig reads `voice: Voice` (a `const enum`) and `region: Tour.Region` (a type in a namespace) as `{ resource: "voice" }` / `{ resource: "region" }`: the run form asks for resources of those types instead of the values
import { task, workflow } from "windmill-client";

const enum Voice {
  Soprano = "S",
  Alto = "A",
  Tenor = "T",
  Bass = "B",
}

namespace Tour {
  export type Region = "nordics" | "baltics" | "iberia";
  export const HALLS: Record<Region, string[]> = {
    nordics: ["Oslo Konserthus", "Musikhuset Aarhus"],
    baltics: ["Estonia Concert Hall", "Great Guild Hall"],
    iberia: ["Palau de la Musica", "Auditorio Nacional"],
  };
}

const fetchScores = task(async (voice: string, pieces: string[]) => {
  const r = await fetch("https://library.choir-tours.example/v1/parts", {
    method: "POST",
    body: JSON.stringify({ voice, pieces }),
  });
  return (await r.json()) as { piece: string; pdf: string }[];
});

const emailParts = task(async (voice: string, parts: { piece: string; pdf: string }[], hall: string) => {
  await fetch("https://mail.choir-tours.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ list: `section-${voice}`, subject: `Parts for ${hall}`, links: parts.map((p) => p.pdf) }),
  });
  return { sent: parts.length };
});

export const main = workflow(async (
  voice: Voice, // expect: WAC902
  region: Tour.Region, // expect: WAC902
  pieces: string[],
) => {
  const hall = Tour.HALLS[region][0];
  const parts = await fetchScores(voice, pieces);
  const { sent } = await emailParts(voice, parts, hall);
  return { voice, hall, sent };
});
