/** The API takes only http and https links; the browser checks it first with this pattern. */
export const webAddressPattern = 'https?://.+';

/** Only web addresses become links (the API accepts no others; this makes sure). */
export const isWebAddress = (url: string) => /^https?:\/\//i.test(url);
