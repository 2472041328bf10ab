import * as wmill from "windmill-client";

export async function main(recipe: string, volumeL: number, og: number) {
  const db = await wmill.getResource("f/brewery/logbook");
  const res = await fetch(`${db.url}/brews`, {
    method: "POST",
    headers: { authorization: `Bearer ${db.token}` },
    body: JSON.stringify({ recipe, volume_l: volumeL, og }),
  });
  const brew = (await res.json()) as { batch_no: string };
  return { batch_no: brew.batch_no, recipe };
}
