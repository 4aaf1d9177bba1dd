// Type-checked by scripts/check-package.mjs in a fresh project with React 19, @lit/react and the
// packed tarball: the wrappers of iom-widgets/react take the elements' attribute values and typed
// event handlers, and a wrong value fails.
import { useRef } from 'react';
import { IomNewsCard, IomPartnershipTimeline, IomProjectMap, type IomNewsCardProps } from 'iom-widgets/react';
import { IomContactBox } from 'iom-widgets/react/contact-box';
import type { IomNewsCard as IomNewsCardElement } from 'iom-widgets';

export const Card = () => {
  const card = useRef<IomNewsCardElement>(null);
  return (
    <IomNewsCard
      ref={card}
      article="iom-unodc-partnership-2024"
      layout="compact"
      headingLevel={2}
      theme="auto"
      className="news"
      onIomReady={(event) => console.log(event.target, card.current?.article)}
      onIomError={(event) => console.warn(event.detail.code, event.detail.attribute)}
    />
  );
};

export const ProjectMap = () => <IomProjectMap project="admin4all" onIomCountrySelect={(event) => console.log(event.detail.country)} />;
export const Contact = () => <IomContactBox contact="integration-italy" layout="inline" lang="it" />;
export const props: IomNewsCardProps = { article: 'iom-amazon-global-agreement', headingLevel: '3' };

// @ts-expect-error a news card has no "diagonal" layout
export const WrongLayout = () => <IomNewsCard article="iom-amazon-global-agreement" layout="diagonal" />;

// @ts-expect-error the timeline has no "article" prop
export const WrongProp = () => <IomPartnershipTimeline article="iom-amazon" />;

// @ts-expect-error a heading level is 1 to 6
export const WrongLevel = () => <IomNewsCard headingLevel={7} />;

// @ts-expect-error an iom-error event's detail has no "country"
export const WrongEvent = () => <IomNewsCard onIomError={(event) => event.detail.country} />;
