export const main = async function named(a: boolean, b: "on" | "off" = "on") {
  return a;
};
