// A content module cut down to one language by the build (scripts/content-by-language.mjs). Its
// type is the one the importing index gives it (e.g. NewsEntry['loadIn']): a record as the
// default export, or the contact list.
declare module '*?lang=en' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record: any;
  export default record;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const contacts: any;
}
declare module '*?lang=it' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record: any;
  export default record;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const contacts: any;
}
