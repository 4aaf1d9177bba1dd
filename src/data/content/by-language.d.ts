// A content module cut down to one language by the build (scripts/content-by-language.mjs). Its
// type is the one the importing index gives it (e.g. NewsEntry['loadIn']).
declare module '*?lang=en' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record: any;
  export default record;
}
declare module '*?lang=it' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record: any;
  export default record;
}
