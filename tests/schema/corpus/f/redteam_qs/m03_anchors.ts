export async function main(src: string, dst: string, mode: "copy" | "move" = "copy") {
  return src;
}
