/** A name as compared for sameness: case, punctuation, spacing and a trailing "ry" do not matter. */
export const normalisedName = (name: string) =>
  name
    .normalize('NFKC')
    .toLocaleLowerCase('fi')
    .replace(/\br\.?\s?y\.?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
