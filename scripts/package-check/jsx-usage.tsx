// Type-checked by scripts/check-package.mjs twice, once with the React 19 JSX types of the packed
// package and once with its Preact ones: the check puts the import that enables them on top.
import 'iom-widgets/elements/news-card';
import 'iom-widgets/elements/project-map';

export const NewsCard = () => (
  <iom-news-card
    article="iom-unodc-partnership-2024"
    layout="compact"
    heading-level={2}
    theme="auto"
    className="news"
    oniom-ready={(event) => console.log(event.target)}
    oniom-error={(event) => console.warn(event.detail.code, event.detail.attribute)}
  />
);

export const ProjectMap = () => (
  <iom-project-map project="admin4all" oniom-country-select={(event) => console.log(event.detail.country)} />
);

// @ts-expect-error a news card has no "diagonal" layout
export const WrongLayout = () => <iom-news-card article="iom-amazon-global-agreement" layout="diagonal" />;

// @ts-expect-error the timeline has no "article" attribute
export const WrongAttribute = () => <iom-partnership-timeline article="iom-amazon" />;

// @ts-expect-error an iom-error event's detail has no "country"
export const WrongEvent = () => <iom-news-card oniom-error={(event) => event.detail.country} />;
