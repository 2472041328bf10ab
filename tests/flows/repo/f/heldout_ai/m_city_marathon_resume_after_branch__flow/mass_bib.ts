import * as wmill from "windmill-client";

export async function main(runnerId: string) {
  const next = ((await wmill.getState()) as number | undefined) ?? 1000;
  await wmill.setState(next + 1);
  return { runnerId, bib: next };
}
