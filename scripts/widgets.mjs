// The widgets, from their folders: each folder of src/elements/ with a define.ts is one widget,
// `src/elements/<name>/` defining `<iom-<name>>`. The build, the checks and the generators read
// this list; adding a widget is adding its folder (with its story and test).
import { existsSync, readdirSync } from 'node:fs';

const elementsFolder = new URL('../src/elements/', import.meta.url);

/** The widgets' folder names (`news-card`…), in alphabetical order. */
export const widgetNames = () =>
  readdirSync(elementsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/define.ts`, elementsFolder)))
    .map((entry) => entry.name)
    .sort();

/** The tag a widget's folder defines. */
export const tagOf = (name) => `iom-${name}`;
