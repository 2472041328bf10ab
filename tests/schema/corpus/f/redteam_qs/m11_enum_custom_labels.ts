export async function main(level: "low" | "high" = "low", size: "s" | "m" | "l") {
  return level;
}
