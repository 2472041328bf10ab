export const main = async function* (a = 1) {
  yield a;
};
