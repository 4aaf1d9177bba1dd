/**
 * Each folder of src/elements/ is one widget: `news-card/` defines `<iom-news-card>`. Modules that
 * find the widgets' files by a glob over the folders (the loader's element modules, the
 * prerenderer's fallbacks) name each file's tag with this.
 */
export const tagOfPath = (path: string): string => `iom-${/elements\/([^/]+)\//.exec(path)![1]}`;
