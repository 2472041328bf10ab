import * as wmill from "windmill-client";

class Client {
  constructor(private base: string, private timeout = 10) {}
  async get(path: string, params?: Record<string, string>): Promise<unknown> {
    return null;
  }
}

function helper(main = 1) {
  return main;
}

const inner = async (x = 2) => x;

export const mainAlias = helper;

export async function main(
  baseUrl = "https://example.com",
  paths: string[] = ["/a", "/b"],
  concurrency = 4,
  params: { [k: string]: string } = {},
) {
  const c = new Client(baseUrl);
  return Promise.all(paths.map((p) => c.get(p, params)));
}
