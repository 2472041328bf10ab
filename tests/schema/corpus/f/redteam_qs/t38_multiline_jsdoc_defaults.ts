/**
 * @param {string} name
 */
export async function main(
  name: string,
  /**
   * the mode
   */
  mode: "a" | "b" = "a", // trailing
  limit = 10, /* after */
) {
  return name;
}
