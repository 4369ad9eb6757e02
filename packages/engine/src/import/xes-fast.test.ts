import { describe, expect, it } from 'vitest';
import { readTraceFast } from './xes-fast.ts';
import { convertTrace } from './xes-trace.ts';

const field = (key: string, value: string) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`;

const TRACE = `<trace>
\t\t<string key="concept:name" value="173688"/>
\t\t<event>
\t\t\t<string key="org:resource" value="112"/>
\t\t\t<date key="time:timestamp" value="2011-10-01T00:38:44.546+02:00"/>
\t\t</event>
\t\t<event>
\t\t\t<string key="concept:name" value="A_SUBMITTED"/>
\t\t</event>
\t\t<int key="AMOUNT_REQ" value="20000"/>
\t</trace>`;

describe('the XES fast path', () => {
  it('reads events with their lines and the trace attributes, wherever they stand', () => {
    const read = readTraceFast(TRACE, 10, '@line', field);
    expect(read).toEqual({
      events: [
        '{"@line":12,"org:resource":"112","time:timestamp":"2011-10-01T00:38:44.546+02:00"',
        '{"@line":16,"concept:name":"A_SUBMITTED"',
      ],
      trace: ',"case:concept:name":"173688","case:AMOUNT_REQ":"20000"',
    });
  });

  it('gives the same lines as the full XML parser, which takes the traces it declines', () => {
    // The entity sends this trace through the full parser; decoded, it must equal the fast read.
    const viaParser = convertTrace(TRACE.replace('value="112"', 'value="1&#49;2"'), 10, 1 << 20);
    const viaFast = convertTrace(TRACE, 10, 1 << 20);
    expect(viaParser).toEqual(viaFast);
    expect(viaFast.lines[0]).toContain('"case:AMOUNT_REQ":"20000"}');
  });

  it.each([
    ['an entity in a value', TRACE.replace('A_SUBMITTED', 'A &amp; B')],
    ['a comment', TRACE.replace('<event>', '<!-- x --><event>')],
    [
      'a nested attribute',
      TRACE.replace('value="112"/>', 'value="112"><string key="a" value="b"/></string>'),
    ],
    ['an attribute on an event', TRACE.replace('<event>', '<event id="1">')],
    ['value before key', TRACE.replace('key="org:resource" value="112"', 'value="112" key="org:resource"')],
    ['a tab inside a value (XML would turn it into a space)', TRACE.replace('A_SUBMITTED', 'A\tB')],
    ['no closing trace tag', TRACE.replace('</trace>', '')],
    ['an unclosed event', TRACE.replace('\t\t</event>\n\t\t<int', '\t\t<int')],
    ['text after the trace', `${TRACE}x`],
    ['an unknown element', TRACE.replace('<event>', '<foo/><event>')],
  ])('declines %s, leaving it to the full parser', (_, text) => {
    expect(readTraceFast(text, 1, '@line', field)).toBeNull();
  });
});
