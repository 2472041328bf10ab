export interface Order {
  id: string;
  amount: number;
}

export type Region = "eu" | "us";

export async function main(region: Region) {
  return region;
}
