/**
 * The plan `plan init` writes: a skeleton to fill in, valid as it stands (`plan validate` finds nothing),
 * with every text an obvious placeholder, worded so that no two look alike to the near-duplicate checks.
 */
export interface TemplateValues {
  cycle: string;
  title: string;
  start: number;
  end: number;
  /** how each file names the plan schema */
  schema: string;
  /** true when the period was not read from the cycle's name */
  isPeriodGuessed: boolean;
}

const quote = (text: string): string => JSON.stringify(text);

export function frameworkFile(values: TemplateValues): string {
  return `# yaml-language-server: $schema=${values.schema}
# A new strategic plan, written by \`plan init\`: a skeleton to fill in. Every text below is a placeholder
# to replace with your organisation's own words. Every *.yaml file in this folder is a part of the plan:
# this one holds the framework (units, goals, targets, risks), objectives.yaml the objectives with their
# outcomes and outputs. \`plan validate\` checks the plan; an editor with the YAML language server checks
# and completes it as you type.

cycle: ${quote(values.cycle)}  # must equal the name of this folder
title: ${quote(values.title)}
status: draft  # draft, proposal or adopted
period:${values.isPeriodGuessed ? '  # replace with the years the plan covers' : ''}
  start: ${values.start}
  end: ${values.end}
# previous: "2026-2029"  # the cycle this plan follows, if there is one in the plans folder

vision: "Replace with the vision: the world the organisation wants to see."
mission: "Replace with the mission: what the organisation does to get there."

# The organisational units that own objectives (the ITU calls them Sectors). Every objective names one
# of these ids as its \`sector\`.
units:
  - id: "A"
    name: "Unit A: replace with the name of a part of your organisation"
  - id: "B"
    name: "Unit B: replace with the name of another part"

# What the organisation wants to achieve. Each goal needs a target that measures it, and an objective
# that serves it primarily.
goals:
  - id: "1"
    name: "Replace with a short name of goal 1"
    statement: "Replace with what the first goal is about, in one sentence."
  - id: "2"
    name: "Replace with a short name of goal 2"
    statement: "Replace with the aim of goal two."

targets:
  - id: "1.1"
    goal: "1"
    text: "Replace with a measurable target of goal 1, such as a share to reach by a year."
    # the figure of the text, as data: replace the placeholder 0 (or remove the measure)
    measure: {value: 0, unit: "%", by: ${values.end}}
  - id: "2.1"
    goal: "2"
    text: "Replace with how progress on goal 2 is counted."

# Progress: once a source measures a target, record what it says (a value in the unit of the target's
# figure, or a status it states: achieved, on-track, off-track, insufficient-data) and name the source;
# \`plan progress\` then computes each target's status. Uncomment, and replace the placeholders:
# sources:
#   - id: "survey"
#     title: "Replace with the title of the source: a survey, a statistical series, a review"
#     edition: "${values.start}"  # the edition of a series; a later edition may revise a year
# progress:
#   - target: "1.1"
#     year: ${values.start}  # the year the value describes
#     value: 0
#     unit: "%"
#     source: "survey"

risks:
  - id: "1"
    title: "Replace with a strategic risk"
    risks:
      - "Replace with what could go wrong."
    mitigations:
      - strategy: reduction  # avoidance, reduction (or limitation), transfer or acceptance
        text: "Replace with what is done about it."
`;
}

export function objectivesFile(values: TemplateValues): string {
  return `# yaml-language-server: $schema=${values.schema}
# The objectives of the units, each linked to the goals it serves: mainly (goals.primary) and also
# (goals.secondary); with the outcomes that show it is being reached and the outputs (products and
# services) that produce them. Replace every placeholder.

objectives:
  - id: "A.1"
    sector: "A"
    title: "Objective A.1: replace with a title"
    statement: "Replace with what unit A sets out to do."
    goals:
      primary: ["1"]
      secondary: ["2"]
  - id: "B.1"
    sector: "B"
    title: "Another objective, of unit B"
    statement: "Say here which change B is after."
    goals:
      primary: ["2"]
      secondary: ["1"]

outcomes:
  - id: "A.1-a"
    objective: "A.1"
    text: "Replace with a change showing that A.1 is being reached."
  - id: "B.1-a"
    objective: "B.1"
    text: "Describe the evidence of progress on B.1."

outputs:
  - id: "A.1-1"
    objective: "A.1"
    text: "Replace with a product or service of unit A."
  - id: "B.1-1"
    objective: "B.1"
    text: "Name what unit B delivers."
`;
}

export function configFile(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# Configuration of \`plan validate\` (\`plan rules\` lists every check with its severity).
rules: {}
# rules:
#   duplicate-output: error     # error, warning, info or "off"
#   similar-outputs: "off"      # quote off: bare off is a boolean in YAML 1.1 editors
# similarity:
#   threshold: 0.8              # default 0.75
`;
}
