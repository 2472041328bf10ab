type Region = "eu" | "us" | (string & {});

export async function main(region: Region = "eu", nums: (string | number)[] = [], arr: Array<string | number> = [1]) {
  return region;
}
