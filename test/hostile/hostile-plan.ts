/**
 * A plan with hostile text in every text field of the schema, each field with its own payload (so a test
 * can tell which field leaked), and ids that try to break out too. `plainTwin` is the same plan with
 * harmless text: a report of it has the structure a hostile report must keep.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/**
 * Markup, script, links, Markdown and template syntax, mentions and math that GitHub would act on, a
 * Mermaid directive, and a line break that tries to start a new block.
 */
export function payload(field: string): string {
  return [
    `${field}: <script>alert("${field}")</script><img src=x onerror="alert('${field}')">`,
    `"><svg onload=alert(1)> '><iframe src="javascript:alert(2)"></iframe></td></tr></table></section></div>`,
    `<a href="javascript:alert(3)">click</a> [click](javascript:alert(4)) <base href="https://evil.example/">`,
    `<meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel=stylesheet href="https://evil.example/x.css">`,
    `<style>body{display:none}</style> {{constructor.constructor 'alert(5)'}} &lt;script&gt; \`code\` *em* _em_ ~~del~~ | pipe`,
    `@org/team @everyone cc:@admin $$\\sum_{i} x^2$$ $x$ %%{init: {"theme": "dark", "securityLevel": "loose"}}%% %%comment`,
    `\n# injected heading\n| forged | row |\n- list item\n> quote\n<!-- comment`,
  ].join(' ');
}

/** Harmless text with a line break, as the payload has one. */
export const plain = (field: string): string => `${field} in plain\nwords`;

/** Ids that try to leave their attribute or their table cell (ids must only have no space at either end). */
const EVIL = {
  goal: '2"><script>alert(6)</script>',
  objective: "X.1'><b>|</b>",
  outcome: 'X.1-<i>a</i>',
  risk: 'RK.2 | # x',
  source: 'src-<script>',
};

export function hostilePlan(text: (field: string) => string = payload): Record<string, unknown> {
  return {
    cycle: '2030-2033',
    title: text('plan title'),
    status: 'draft',
    period: { start: 2030, end: 2033 },
    source: text('plan source'),
    sources: [
      { id: 'src-1', title: text('source title'), part: text('source part'), url: 'https://example.org/"><script>alert(7)</script>' },
      { id: EVIL.source, title: text('second source title'), url: 'https://example.org/a b?c=<d>&e="f"' },
    ],
    completeness: 'partial',
    gaps: [text('gap')],
    notes: [text('note')],
    vision: text('vision'),
    mission: text('mission'),
    values: [{ name: text('value name'), text: text('value text') }],
    goals: [
      { id: '1', name: text('goal name'), statement: text('goal statement'), description: text('goal description'), sdg_targets: ['9.C'], source: 'src-1' },
      { id: EVIL.goal, name: text('second goal name'), text_kind: 'label', source: EVIL.source },
    ],
    targets: [
      { id: '1.1', goal: '1', text: text('target text'), measure: { value: 50, unit: text('measure unit'), by: 2033, scope: text('measure scope') } },
      { id: `${EVIL.goal}.1`, goal: EVIL.goal, text: text('second target text'), text_kind: 'label' },
    ],
    objectives: [
      { id: 'R.1', sector: 'ITU-R', title: text('objective title'), statement: text('objective statement'), goals: { primary: ['1'], secondary: [EVIL.goal] } },
      { id: EVIL.objective, sector: text('sector'), title: text('second objective title'), goals: { primary: [EVIL.goal] }, text_kind: 'label' },
    ],
    outcomes: [
      { id: 'R.1-a', objective: 'R.1', text: text('outcome text') },
      { id: EVIL.outcome, objective: EVIL.objective, text: text('second outcome text') },
    ],
    outputs: [{ id: 'R.1-1', objective: 'R.1', text: text('output text') }],
    risks: [
      { id: 'RK.1', title: text('risk title'), risks: [text('risk')], mitigations: [{ strategy: 'avoidance', text: text('mitigation') }] },
      { id: EVIL.risk, title: text('second risk title') },
    ],
  };
}

/** The fields given a payload, for checking that each one is shown as text. */
export const FIELDS = Object.freeze(
  (() => {
    const fields: string[] = [];
    hostilePlan((field) => {
      fields.push(field);
      return field;
    });
    return fields;
  })(),
);

/** Writes a plan document as `<dir>/2030-2033/plan.yaml`; returns the cycle folder. */
export function writePlan(dir: string, document: Record<string, unknown>): string {
  const cycle = path.join(dir, '2030-2033');
  mkdirSync(cycle, { recursive: true });
  writeFileSync(path.join(cycle, 'plan.yaml'), stringify(document, { lineWidth: 0 }));
  return cycle;
}
