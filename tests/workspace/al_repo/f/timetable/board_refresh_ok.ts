// Refresh the departure boards of a line's stations from the latest feed.
import { task, workflow } from "windmill-client";
import type { Departure } from "../rail/kit/board.ts";
import { board, gtfs, time } from "../rail/kit/index.ts";

const latest = task(async function latest(url: string) {
  return await gtfs.latestFeed(url);
});

const departures = task(async function departures(station: string): Promise<Departure[]> {
  const resp = await fetch(`https://dbi.westbahn-regional.at/api/stations/${station}/departures`);
  return (await resp.json()) as Departure[];
});

const pushBoard = task(async function pushBoard(station: string, lines: string[]): Promise<number> {
  return await board.push(station, lines);
});

export const main = workflow(async (feedUrl: string, stations: string[]) => {
  const feed = await latest(feedUrl);
  const validFrom = time.localOf(feed.valid_from);
  for (const station of stations) {
    const deps = await departures(station);
    await pushBoard(station, [`Fahrplan ab ${validFrom}`, ...board.render(deps)]);
  }
  return { feed: gtfs.summarize(feed), day: time.serviceDayOf(feed.valid_from), stations: stations.length };
});
