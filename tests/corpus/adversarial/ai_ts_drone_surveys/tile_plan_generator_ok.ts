// SDK: windmill-client 1.818.0 client.mjs _allocKey(): the serpentine generator yields tiles in the same order on every replay, so each `captureTile` key gets the same tile back
import { task, workflow } from "windmill-client";

type Tile = { row: number; col: number };

function* serpentine(nRows: number, nCols: number): Generator<Tile> {
  for (let row = 0; row < nRows; row++) {
    const cols = [...Array(nCols).keys()];
    if (row % 2 === 1) cols.reverse();
    for (const col of cols) yield { row, col };
  }
}

function* banded(nRows: number, nCols: number, band = 4): Generator<Tile[]> {
  const all = [...serpentine(nRows, nCols)];
  for (let start = 0; start < all.length; start += band * nCols) {
    yield all.slice(start, start + band * nCols);
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
  let frames = 0;
  let tiles = 0;
  for (const band of banded(nRows, nCols)) {
    const done = await Promise.all(band.map((tile) => captureTile(droneId, tile)));
    tiles += done.length;
    frames += done.reduce((n, t) => n + t.frames, 0);
  }
  return { droneId, tiles, frames };
});
