/** The ids of the built-in records (content/<kind>/<id>.json) by kind: scripts/content-ids.mjs. */
declare module 'virtual:iom-content-ids' {
  const ids: Readonly<Record<'news' | 'partnerships' | 'projects' | 'contacts' | 'organizations', readonly string[]>>;
  export default ids;
}
