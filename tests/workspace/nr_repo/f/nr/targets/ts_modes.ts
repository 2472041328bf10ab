export async function main(mode: "fast" | "slow", retries: number = 2) {
  return { mode, retries };
}
