/**
 * Sends things.
 * @param to the recipient
 * @param {number} count how many
 */
export async function main(
  /** inline doc */
  to: string,
  count = 1,
) {
  return to;
}
