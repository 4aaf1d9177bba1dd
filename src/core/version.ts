/** The library's version, compared when a tag is defined twice. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
