export async function main(mode: "fast" | "safe", retries: number = 1) {
  return { mode, retries };
}
