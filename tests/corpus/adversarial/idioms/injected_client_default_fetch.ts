// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays from the top; `new Geocoder()` takes its default `new FetchHttp()` and `lookup` fetches through it each round.
import { task, workflow } from "windmill-client";

interface Http {
  get(url: string): Promise<unknown>;
}

class FetchHttp implements Http {
  async get(url: string) {
    return (await fetch(url)).json();
  }
}

class Geocoder {
  constructor(private readonly http: Http = new FetchHttp()) {}
  lookup(address: string) {
    return this.http.get(`https://geo.example.com/search?q=${encodeURIComponent(address)}`);
  }
}

const assignDepot = task(async function assignDepot(location: unknown) {
  return "depot-7";
});

export const main = workflow(async (address: string) => {
  const location = await new Geocoder().lookup(address); // expect: WAC101
  return await assignDepot(location);
});
