'use client';
import { useEffect, useRef } from 'react';

/**
 * HTML prerendered by iom-widgets/render, which React leaves as it is, and its widgets hydrated
 * once React has hydrated the page: the listeners are in place before any widget can fire.
 */
export function PrerenderedWidgets({ html, onIomReady, onIomError }) {
  const container = useRef(null);
  const handlers = useRef({});
  handlers.current = { onIomReady, onIomError };
  useEffect(() => {
    const element = container.current;
    const ready = (event) => handlers.current.onIomReady?.(event);
    const error = (event) => handlers.current.onIomError?.(event);
    element.addEventListener('iom-ready', ready);
    element.addEventListener('iom-error', error);
    // The hydration support first: it must run before any module of the library.
    import('iom-widgets/hydrate').then(() => import('iom-widgets/loader'));
    return () => {
      element.removeEventListener('iom-ready', ready);
      element.removeEventListener('iom-error', error);
    };
  }, []);
  return <div ref={container} dangerouslySetInnerHTML={{ __html: html }} />;
}
