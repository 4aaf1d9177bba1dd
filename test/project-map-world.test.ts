import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/project-map/define.js';
import type { IomProjectMap } from '../src/elements/project-map/project-map.js';
import { expectWcag22, part, settled, text } from './helpers.js';

/** The content API of test/server/content.mjs with the projects of test/fixtures/map-projects.json. */
const api = '/test-content/maps/';

const mapOf = async (project: string, width = 640) => {
  const box = await fixture<HTMLDivElement>(html`<div data-iom-content-api=${api}><iom-project-map project=${project} lang="en"></iom-project-map></div>`);
  box.style.width = `${width}px`;
  const el = await settled(box.querySelector<IomProjectMap>('iom-project-map')!);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
};
const countries = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="country"]')];
const listed = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part~="countries"] li')].map(text);
const frame = (el: HTMLElement) => part(el, 'svg').getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];

/**
 * The points of SVG path data as the map writes it: M x y, then l and pairs dx dy, each relative
 * to the point before (a command's pairs after its first repeat it), z.
 */
const rings = (d: string): [number, number][][] => {
  const result: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, numbers] of d.matchAll(/([MlZz])([^MlZz]*)/g)) {
    if (command === 'z' || command === 'Z') continue;
    const values = numbers!.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    for (let index = 0; index < values.length; index += 2) {
      const [a, b] = [values[index]!, values[index + 1]!];
      if (command === 'M') {
        // After M's first pair, the pairs are lines to absolute points.
        [x, y] = [a, b];
        if (index === 0) result.push([[x, y]]);
        else result.at(-1)!.push([x, y]);
      } else {
        [x, y] = [x + a, y + b];
        result.at(-1)!.push([x, y]);
      }
    }
  }
  return result;
};

/** The lengths of the straight lines of a path, in map units. */
const lines = (d: string) => rings(d).flatMap((ring) => ring.slice(1).map(([x, y], index) => Math.hypot(x - ring[index]![0], y - ring[index]![1])));

/** The longest straight line of a path, in map units. */
const longestLine = (d: string) => Math.max(0, ...lines(d));

/** Every project country is drawn inside the frame, not clipped at its edge, or has a marker there. */
const expectInside = (el: IomProjectMap, codes: string[]) => {
  const [, , width, height] = frame(el);
  expect(countries(el).map((country) => country.dataset.country)).to.deep.equal(codes);
  for (const country of countries(el)) {
    const shape = country.querySelector('path')!;
    const marker = country.querySelector('circle');
    const box = (marker ?? shape).getBBox();
    const where = `${country.dataset.country}: ${box.x},${box.y} ${box.width}×${box.height} in ${width}×${height}`;
    expect(marker !== null || shape.getAttribute('d')!.length > 0, where).to.equal(true);
    // Clipped at the frame, an outline would touch its edge.
    expect(box.x, where).to.be.above(0);
    expect(box.y, where).to.be.above(0);
    expect(box.x + box.width, where).to.be.below(width);
    expect(box.y + box.height, where).to.be.below(height);
  }
};

/** Arrow keys go through the countries in the list's order. */
const expectKeyboardOrder = async (el: IomProjectMap, codes: string[]) => {
  countries(el)[0]!.focus();
  const order = [(el.shadowRoot!.activeElement as SVGGElement).dataset.country];
  for (let step = 1; step < codes.length; step += 1) {
    await sendKeys({ press: 'ArrowRight' });
    order.push((el.shadowRoot!.activeElement as SVGGElement).dataset.country);
  }
  expect(order).to.deep.equal(codes);
};

/** Lines across the map (a country cut by the antimeridian and joined the wrong way round) are longer than half the frame. */
const expectNoLineAcross = (el: IomProjectMap) => {
  const [, , width] = frame(el);
  // The drawn paths: a clip path's outline draws nothing.
  for (const path of el.shadowRoot!.querySelectorAll('svg path:not(clipPath path)')) {
    expect(longestLine(path.getAttribute('d')!), path.closest('[data-country]')?.getAttribute('data-country') ?? path.getAttribute('class') ?? 'land').to.be.below(width / 2);
  }
};

/** At least 24 × 24 CSS pixels on screen. */
const expectTargets = async (el: IomProjectMap, codes: string[]) => {
  for (const code of codes) {
    await waitUntil(() => part(el, `[data-country="${code}"] .marker`).getBoundingClientRect().width >= 24, `${code}'s marker did not reach 24 px`, { timeout: 2000 });
    const box = part(el, `[data-country="${code}"] .marker`).getBoundingClientRect();
    expect(box.width, code).to.be.at.least(24);
    expect(box.height, code).to.be.at.least(24);
  }
};

/** Whether two boxes on screen share any area. */
const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * No two targets meet (WCAG 2.5.8: a 24 px target partly covered is not a 24 px target): the
 * boxes of the markers, the targets of the countries too small to see, do not intersect, and
 * whatever the pointer meets across each marker picks the marker's country, not a neighbour.
 */
const expectTargetsApart = async (el: IomProjectMap) => {
  const markers = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('[data-country] .marker')];
  expect(markers.length).to.be.above(0);
  await waitUntil(() => markers.every((marker) => marker.getBoundingClientRect().width >= 24), 'the markers did not reach 24 px', { timeout: 2000 });
  const codeOf = (element: Element | null) => element?.closest<SVGGElement>('[data-country]')?.dataset.country;
  const boxes = markers.map((marker) => marker.getBoundingClientRect());
  boxes.forEach((box, index) => {
    for (const [other, otherBox] of boxes.entries()) {
      if (other > index) expect(meet(box, otherBox), `${codeOf(markers[index]!)} and ${codeOf(markers[other]!)}: ${JSON.stringify(box)} ${JSON.stringify(otherBox)}`).to.equal(false);
    }
  });
  for (const marker of markers) {
    marker.scrollIntoView({ block: 'center', inline: 'center' });
    const { left, top, width, height } = marker.getBoundingClientRect();
    const [x, y, radius] = [left + width / 2, top + height / 2, (Math.min(width, height) / 2) * 0.9];
    for (let step = 0; step <= 8; step += 1) {
      const angle = (step * Math.PI) / 4;
      const [px, py] = step === 8 ? [x, y] : [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
      expect(codeOf(el.shadowRoot!.elementFromPoint(px, py)), `${codeOf(marker)} at ${px},${py}`).to.equal(codeOf(marker));
    }
  }
};

/**
 * Each marker stands on its country: where it is not moved, its centre lies within the box of
 * one of the country's drawn islands (within the box of its whole outline, too); a marker moved
 * off its country has a line from there to it.
 */
const expectMarkersOnTheirCountries = (el: IomProjectMap) => {
  for (const marker of el.shadowRoot!.querySelectorAll<SVGCircleElement>('[data-country] .marker')) {
    const country = marker.closest<SVGGElement>('[data-country]')!;
    const leader = country.querySelector('.leader');
    const [x, y] = leader
      ? [Number(leader.getAttribute('x1')), Number(leader.getAttribute('y1'))]
      : [Number(marker.getAttribute('cx')), Number(marker.getAttribute('cy'))];
    const path = country.querySelector('path')!;
    const box = path.getBBox();
    const where = `${country.dataset.country}'s marker at ${x},${y}`;
    expect(x, where).to.be.within(box.x - 0.5, box.x + box.width + 0.5);
    expect(y, where).to.be.within(box.y - 0.5, box.y + box.height + 0.5);
    // An island less than a unit across is drawn as one of its points, rounded: it lies within a unit of it.
    const onAnIsland = rings(path.getAttribute('d')!).some((ring) => {
      const xs = ring.map(([px]) => px);
      const ys = ring.map(([, py]) => py);
      return x >= Math.min(...xs) - 1 && x <= Math.max(...xs) + 1 && y >= Math.min(...ys) - 1 && y <= Math.max(...ys) + 1;
    });
    expect(onAnIsland, where).to.equal(true);
  }
};

describe('<iom-project-map> anywhere on Earth', () => {
  it('draws Italy alone smooth: a detailed outline whose straight lines are a few pixels at a column’s width', async () => {
    const el = await mapOf('italy-only');
    expectInside(el, ['IT']);
    const italy = part(el, '[data-country="IT"] path').getAttribute('d')!;
    // Douglas–Peucker within 0.9 px of 1:10m keeps about 550 points of Italy; within 1.5 px, 360.
    const points = rings(italy).reduce((sum, ring) => sum + ring.length, 0);
    expect(points).to.be.above(450);
    // Drawn 640 px wide, no straight line is longer than 24 px (the simplification's longest
    // chord, give or take the path's whole units), and 90 % are shorter than 2.5 % of the map
    // (16 px): a straight line only where the coast or border is straight to within a pixel.
    const lengths = lines(italy).sort((a, b) => a - b);
    const [width] = [frame(el)[2]];
    expect(lengths.at(-1)).to.be.below((width * 24) / 640 + 1.5);
    expect(lengths[Math.floor(lengths.length * 0.9)]).to.be.below(width * 0.025);
    // Its neighbours are drawn around it for context.
    expect(part(el, '.land path').getAttribute('d')!.length).to.be.above(1000);
    await expectWcag22(el);
  });

  it('draws each of the seven ADMin4ALL countries within the frame, none turned into the rest of the world', async () => {
    // A ring wound the wrong way round is drawn as the whole frame but that ring: its box is the frame's.
    const el = await mapOf('admin4all');
    expectInside(el, ['IT', 'AT', 'PL', 'RO', 'ES', 'GR', 'MT']);
  });

  it('draws Bangladesh and Myanmar', async () => {
    const el = await mapOf('bangladesh-myanmar');
    expectInside(el, ['BD', 'MM']);
    await expectKeyboardOrder(el, ['BD', 'MM']);
    expect(listed(el)).to.deep.equal(['Bangladesh', 'Myanmar (Burma)']);
  });

  it('draws Colombia, Ecuador, Peru, Brazil and Chile', async () => {
    const el = await mapOf('south-america');
    const codes = ['CO', 'EC', 'PE', 'BR', 'CL'];
    expectInside(el, codes);
    await expectKeyboardOrder(el, codes);
    expect(listed(el)).to.deep.equal(['Colombia', 'Ecuador', 'Peru', 'Brazil', 'Chile']);
  });

  it('draws Fiji, Tonga and Samoa across the antimeridian with no line across the map', async () => {
    const el = await mapOf('pacific-islands');
    const codes = ['FJ', 'TO', 'WS'];
    expectInside(el, codes);
    expectNoLineAcross(el);
    await expectKeyboardOrder(el, codes);
    await expectTargets(el, ['TO']);
    // Tonga's marker on Tongatapu, its largest island, not in the sea between its islands.
    expectMarkersOnTheirCountries(el);
  });

  it('draws a project of forty countries on five continents on a world map, with no line across it', async () => {
    const el = await mapOf('five-continents', 900);
    const codes = countries(el).map((country) => country.dataset.country!);
    expect(codes).to.have.length(40);
    expectInside(el, codes);
    expectNoLineAcross(el);
    await expectKeyboardOrder(el, codes);
    expect(listed(el)).to.have.length(40);
    expect(listed(el).some((line) => line.includes('not on the map'))).to.equal(false);
  });

  it('keeps the targets of neighbours too small to see apart and uncovered (Guatemala and Honduras on the world map), each marker tied to its country', async () => {
    // In a narrow container, markers 28 px across are large beside their neighbours: Colombia's outline is drawn after Honduras's marker.
    for (const width of [280, 640]) {
      const narrow = await mapOf('five-continents', width);
      await expectTargetsApart(narrow);
      expectMarkersOnTheirCountries(narrow);
    }
    const el = await mapOf('five-continents', 900);
    await expectTargetsApart(el);
    expectMarkersOnTheirCountries(el);
    // Guatemala's marker stays on Guatemala; Honduras's moved off and has a line to its country.
    expect(part(el, '[data-country="GT"]').querySelector('.leader')).to.equal(null);
    expect(part(el, '[data-country="HN"]').querySelector('.leader')).not.to.equal(null);
  });

  it('draws Russia and Kiribati, both across the antimeridian, with no line across the map', async () => {
    const el = await mapOf('russia-kiribati', 900);
    expectInside(el, ['RU', 'KI']);
    expectNoLineAcross(el);
    await expectKeyboardOrder(el, ['RU', 'KI']);
  });

  it('draws the poles\' neighbours: Greenland, and Norway with Svalbard', async () => {
    const el = await mapOf('arctic');
    expectInside(el, ['GL', 'NO']);
    expectNoLineAcross(el);
    // Norway's outline holds Svalbard's islands too: several rings, one far north of the mainland.
    const norway = rings(part(el, '[data-country="NO"] path').getAttribute('d')!);
    expect(norway.length).to.be.above(3);
    const tops = norway.map((ring) => Math.min(...ring.map(([, y]) => y)));
    const mainland = norway.reduce((longest, ring) => (ring.length > longest.length ? ring : longest));
    expect(Math.min(...tops)).to.be.below(Math.min(...mainland.map(([, y]) => y)));
  });

  it('draws an enclave inside its neighbour: Lesotho within South Africa, each its own target', async () => {
    const el = await mapOf('lesotho-south-africa');
    expectInside(el, ['LS', 'ZA']);
    const lesotho = part(el, '[data-country="LS"]').getBoundingClientRect();
    const southAfrica = part(el, '[data-country="ZA"] path').getBoundingClientRect();
    // Lesotho lies inside South Africa's outline, and stays a target of its own.
    expect(lesotho.left).to.be.above(southAfrica.left);
    expect(lesotho.right).to.be.below(southAfrica.right);
    expect(lesotho.top).to.be.above(southAfrica.top);
    expect(lesotho.bottom).to.be.below(southAfrica.bottom);
    expect(lesotho.width).to.be.at.least(24);
    await expectKeyboardOrder(el, ['LS', 'ZA']);
    expect(listed(el)).to.deep.equal(['Lesotho', 'South Africa']);
  });

  it('gives small states (Malta, the Maldives, Tuvalu) targets of at least 24 × 24 px, in a narrow container too', async () => {
    for (const width of [280, 900]) {
      const el = await mapOf('small-states', width);
      expectInside(el, ['MT', 'MV', 'TV']);
      await expectTargets(el, ['MT', 'MV', 'TV']);
      await expectTargetsApart(el);
      expectMarkersOnTheirCountries(el);
    }
  });

  it('gives a country whose geometry Natural Earth lacks a line of its own in the list', async () => {
    const el = await mapOf('overseas');
    expectInside(el, ['FR']);
    expect(listed(el)).to.deep.equal(['France', 'Réunion (not on the map: no map data)']);
    await expectWcag22(el);
  });
});
