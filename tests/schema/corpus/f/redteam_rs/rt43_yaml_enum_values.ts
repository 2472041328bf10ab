export async function main(
  a: "yes" | "no" | "null" | "1" | "a: b" | "#x" | " lead" | "trail " | "" = "yes",
  b: "on" | "off" | "~" | "true" | "0x10" = "on",
  c: "multi\nline" | "tab\tx" = "tab\tx",
) {
  return a;
}
