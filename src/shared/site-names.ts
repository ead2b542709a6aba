/** The sites' names as people write them, for the face check and the popup. */
export const SITE_NAMES: Readonly<Record<string, string>> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
};
