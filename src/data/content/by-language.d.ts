// A content module cut down to one language by the build (scripts/content-by-language.mjs). Its
// type is the one the importing index gives it (e.g. NewsEntry['loadIn']): a record as the
// default export, or the contact list. One declaration per content language, as TypeScript
// allows one `*` per module pattern; each re-exports the shape declared once here.
declare module 'iom-content-in-one-language' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record: any;
  export default record;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const contacts: any;
}
declare module '*?lang=en' {
  export { default, contacts } from 'iom-content-in-one-language';
}
declare module '*?lang=it' {
  export { default, contacts } from 'iom-content-in-one-language';
}
declare module '*?lang=fr' {
  export { default, contacts } from 'iom-content-in-one-language';
}
declare module '*?lang=es' {
  export { default, contacts } from 'iom-content-in-one-language';
}
