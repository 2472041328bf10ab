// SDK: windmill-client 1.818.0 client.mjs _allocKey(): keys are numbered in call order (`captureTile`, `captureTile_2`, ...); the generator shuffles tiles with Math.random, so on replay a different tile gets each recorded result
import { task, workflow } from "windmill-client";

type Tile = { row: number; col: number };

function* rows(nRows: number, nCols: number): Generator<Tile> {
  for (let row = 0; row < nRows; row++) {
    const cols = [...Array(nCols).keys()];
    // serpentine order: odd rows fly back
    if (row % 2 === 1) cols.reverse();
    for (const col of cols) yield { row, col };
  }
}

// spread the radio load: visit tiles in random order within each band of rows
function* banded(nRows: number, nCols: number, band = 4): Generator<Tile> {
  const all = [...rows(nRows, nCols)];
  for (let start = 0; start < all.length; start += band * nCols) {
    const slice = all.slice(start, start + band * nCols);
    for (let i = slice.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [slice[i], slice[j]] = [slice[j], slice[i]];
    }
    yield* slice;
  }
}

const captureTile = task(async (droneId: string, tile: Tile) => {
  const r = await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/capture`, {
    method: "POST",
    body: JSON.stringify(tile),
  });
  return { ...tile, frames: (await r.json()).frames as number };
});

export const main = workflow(async (droneId: string, nRows: number, nCols: number) => {
  const captured: { row: number; col: number; frames: number }[] = [];
  for (const tile of banded(nRows, nCols)) { // expect: WAC102
    captured.push(await captureTile(droneId, tile));
  }
  return { droneId, tiles: captured.length, frames: captured.reduce((n, t) => n + t.frames, 0) };
});
