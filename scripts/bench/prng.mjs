// A seeded PRNG (mulberry32): the same seed gives the same synthetic portfolio
// on every machine, so benchmark runs compare like with like.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function helpers(rand) {
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, min, max) => Array.from({ length: int(min, max) }, () => pick(list));
  return { int, pick, some };
}
