// Copied by scripts/write-react-wrappers.mjs into dist/react/: what every wrapper of
// iom-widgets/react is made with.
'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { defineElement } from '../define.js';

// Layout effects never run on a server; React 18 warns when one is declared there.
const useBrowserLayoutEffect = typeof window === 'undefined' ? () => {} : React.useLayoutEffect;

/**
 * A React component for the element `elementClass` under `tagName`, made with @lit/react's
 * createComponent, that defines the tag when the first one mounts rather than when it is
 * imported. A child's layout effects run before its parent's: by then @lit/react has given the
 * element its props and listeners, so an element hydrated from server HTML (a bare tag) upgrades
 * with them, and its first event always finds its listener. On a server it defines nothing.
 */
export const elementComponent = ({ tagName, elementClass, events, displayName }) => {
  // Reading observedAttributes finalizes a Lit class (its property accessors), as defining does:
  // @lit/react tells the element's props from the others by them.
  void elementClass.observedAttributes;
  const Element = createComponent({ react: React, tagName, elementClass, events, displayName: `${displayName}Element` });
  const Component = React.forwardRef((props, ref) => {
    useBrowserLayoutEffect(() => void defineElement(tagName, elementClass), []);
    return React.createElement(Element, { ...props, ref });
  });
  Component.displayName = displayName;
  return Component;
};
