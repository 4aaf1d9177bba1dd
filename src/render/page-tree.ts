/**
 * The page as the HTML parser builds it (parse5, which parses as browsers do), and what
 * prerendering looks for in it: the `iom-*` widgets, each with its language and how deep it is
 * nested, and the page's scripts. Every walk here keeps its own stack, so that no page is too deep
 * for it.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { UnreadablePageError } from './page-error.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type Document = DefaultTreeAdapterMap['document'];

/**
 * How deep a page's elements may be nested. The parser's time grows with the square of the depth
 * (parse5 looks through every open element for each `<div>` or `<p>`): 10,000 levels take about a
 * second, 100,000 more than a minute and a half. Browsers show no more than 512 levels anyway.
 */
export const deepestNesting = 10_000;

/**
 * How deep browsers nest elements: Chromium and WebKit put an element that would be deeper
 * beside its parent instead (`<html>` is at level 0). A prerendered widget must fit, its shadow
 * root and its fallback included, or its content would land outside it.
 */
export const browserNestingLimit = 511;

/** The default tree adapter, which refuses a page nested deeper than {@link deepestNesting}. */
const depthLimitedAdapter = (): TreeAdapter<DefaultTreeAdapterMap> => {
  const levels = new WeakMap<Node, number>();
  const place = (parent: ParentNode, node: Node): void => {
    const level = (levels.get(parent) ?? 0) + 1;
    if (level > deepestNesting) {
      throw new UnreadablePageError(
        `the page nests elements more than ${deepestNesting.toLocaleString('en')} levels deep, which is more than prerendering reads (browsers show 512)`,
      );
    }
    levels.set(node, level);
  };
  return {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      place(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      place(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
    setTemplateContent(template, content) {
      levels.set(content, levels.get(template) ?? 0);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
};

/** `page` parsed with each node's place in the source; rejects a page nested too deep ({@link UnreadablePageError}). */
export const parsePage = (page: string): Document => parse(page, { sourceCodeLocationInfo: true, treeAdapter: depthLimitedAdapter() });

export const attributeOf = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;

/** The value of attribute `name` on `element` or its closest ancestor that has it. */
export const closestAttribute = (element: Element, name: string): string | undefined => {
  for (let node: ParentNode | null = element; node && 'attrs' in node; node = node.parentNode) {
    const value = attributeOf(node, name);
    if (value !== undefined) return value;
  }
  return undefined;
};

const isElement = (node: Node): node is Element => 'tagName' in node;

/** A widget tag the parser made an element of, with what applies to it where it stands. */
export interface FoundWidget {
  readonly element: Element;
  /** Its own `lang`, else the closest ancestor's, else the page's default. */
  readonly lang: string;
  /** How many elements it is inside (0 for `<html>`). */
  readonly level: number;
}

/**
 * The widgets of the page, in the order of the source, and its `<script>` elements. Tags inside a
 * widget are its fallback, tags in a `<template>` are not in the page: neither is looked into.
 */
export const findWidgets = (document: Document, defaultLang: string): { widgets: FoundWidget[]; scripts: Element[] } => {
  const widgets: FoundWidget[] = [];
  const scripts: Element[] = [];
  const pending: { node: Element; lang: string; level: number }[] = [];
  const visitChildren = (parent: ParentNode, lang: string, level: number): void => {
    const elements = parent.childNodes.filter(isElement);
    for (let index = elements.length - 1; index >= 0; index -= 1) pending.push({ node: elements[index]!, lang, level });
  };
  visitChildren(document, defaultLang, 0);
  while (pending.length) {
    const { node, lang: inherited, level } = pending.pop()!;
    const lang = attributeOf(node, 'lang')?.trim() || inherited;
    if (node.tagName === 'script') scripts.push(node);
    if (node.tagName.startsWith('iom-') && node.sourceCodeLocation?.startTag) widgets.push({ element: node, lang, level });
    else if (node.tagName !== 'template') visitChildren(node, lang, level + 1);
  }
  return { widgets, scripts };
};

/** How many levels of elements `element` holds below itself, its template contents (a shadow root) included: 0 for none. */
export const levelsInside = (element: Element): number => {
  let deepest = 0;
  const pending: { node: Element; level: number }[] = [{ node: element, level: 0 }];
  while (pending.length) {
    const { node, level } = pending.pop()!;
    deepest = Math.max(deepest, level);
    const children = 'content' in node ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    for (const child of children) if (isElement(child)) pending.push({ node: child, level: level + 1 });
  }
  return deepest;
};
