#!/usr/bin/env node
/**
 * Emits public/scenario.schema.json (JSON Schema draft-07) from the valibot scenario schema in
 * src/engine/schema.ts, so that editors can check and complete scenario files that start with
 * `"$schema": "./scenario.schema.json"` (or a path to it).
 *
 * The field descriptions come from the JSDoc comments in schema.ts (read with the TypeScript
 * compiler API), so the comments there are the single place to document a field.
 *
 * Run through tsx, because the schema is TypeScript:  node --import tsx scripts/gen-schema.mjs
 * Optional argument: the output path (default public/scenario.schema.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as S from '../src/engine/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaSource = resolve(root, 'src/engine/schema.ts');
const outPath = resolve(root, process.argv[2] ?? 'public/scenario.schema.json');

/** Schemas emitted once under `definitions` and referenced with $ref. */
const DEFINITIONS = {
  LocalizedText: S.LocalizedText,
  Market: S.MarketSchema,
  Segment: S.SegmentSchema,
  Operator: S.OperatorSchema,
  Pricing: S.PricingSchema,
  Contracts: S.ContractsSchema,
  Service: S.ServiceSchema,
  Loyalty: S.LoyaltySchema,
  Crm: S.CrmSchema,
  WinBack: S.WinBackSchema,
  Acquisition: S.AcquisitionSchema,
  Event: S.EventSchema,
  Response: S.ResponseSchema,
  Challenge: S.ChallengeSchema,
  Goal: S.GoalSchema,
  LeverRule: S.LeverRuleSchema,
  Variant: S.VariantSchema,
  LookAt: S.LookAtSchema,
};

/** Where each schema constant of schema.ts ends up in the JSON Schema (a path of property keys). */
const CONST_LOCATIONS = {
  ScenarioSchema: [],
  LocalizedText: ['#LocalizedText'],
  MarketSchema: ['#Market'],
  SegmentSchema: ['#Segment'],
  OperatorSchema: ['#Operator'],
  PricingSchema: ['#Pricing'],
  BundleSchema: ['#Pricing', 'bundle'],
  TenureSchema: ['#Segment', 'tenure'],
  ContractsSchema: ['#Contracts'],
  ServiceSchema: ['#Service'],
  LoyaltySchema: ['#Loyalty'],
  CrmSchema: ['#Crm'],
  WinBackSchema: ['#WinBack'],
  AcquisitionSchema: ['#Acquisition'],
  EventSchema: ['#Event'],
  ResponseSchema: ['#Response'],
  ChallengeSchema: ['#Challenge'],
  GoalSchema: ['#Goal'],
  LeverRuleSchema: ['#LeverRule'],
  LookAtSchema: ['#LookAt'],
  VariantSchema: ['#Variant'],
  // not exported from schema.ts: reached through the schema that uses them
  TierService: ['#Service', 'tiers'],
  ScheduledChange: ['#Operator', 'schedule'],
  Source: ['sources'],
};

const DEFINITION_TITLES = {
  Market: 'The market: size, length of the run, growth and customer segments.',
  Segment: 'A customer segment (cohort): its share, spend distribution, sensitivities and churn.',
  Operator: 'An operator (2 to 4 per scenario) with its starting position and strategy levers.',
  Event: 'A scheduled market event (price war, number portability, new entrant, outage, network launch).',
  Response: 'A rule by which an operator answers a loss of subscriber share as the run goes (reactive rivals).',
  Challenge: 'Goals for a trainee, constraints on the levers and budget, scored 0–100 on replications.',
  Goal: 'One goal of a challenge: a metric at a month or over a span, against an absolute target or a change against the preset.',
  LeverRule: 'A lever the trainee may change, by schema path, with its allowed range.',
  Variant: 'A named what-if: scenario fields changed by path, compared with the scenario itself on the same seeds.',
  LookAt: 'A teaching note: which view of the workbench to look at, from which month, and what to notice.',
};

const PER_SEGMENT_NOTE = 'One number for all segments, or an object { "<segment id>": number, "default": number }.';

// ---------------------------------------------------------------------------------------------
// 1. Convert.

const schema = toJsonSchema(S.ScenarioSchema, {
  target: 'draft-07',
  typeMode: 'input',
  definitions: DEFINITIONS,
  overrideRef: ({ referenceId }) => `#/definitions/${referenceId}`,
  overrideAction: ({ valibotAction, jsonSchema }) => {
    // JSON numbers are always finite: nothing to express.
    if (valibotAction.type === 'finite') return jsonSchema;
    // Custom checks cannot be expressed; say what they require instead.
    if (valibotAction.type === 'check') {
      const rule = typeof valibotAction.message === 'string' ? valibotAction.message : 'a custom rule';
      return { ...jsonSchema, description: appendSentence(jsonSchema.description, `Also checked: ${rule}.`) };
    }
    return undefined;
  },
});

// Draft-07 names the definitions section `definitions`.
const definitions = schema.$defs ?? schema.definitions ?? {};
delete schema.$defs;

// ---------------------------------------------------------------------------------------------
// 2. Descriptions from the JSDoc comments of schema.ts.

const docs = collectDocs(readFileSync(schemaSource, 'utf8'));
const unplaced = [];
for (const { constName, path, text } of docs) {
  const base = CONST_LOCATIONS[constName];
  if (!base) {
    unplaced.push(`${constName}.${path.join('.')}`);
    continue;
  }
  const nodes = locate([...base, ...path]);
  if (nodes.length === 0) unplaced.push(`${constName}.${path.join('.')}`);
  for (const node of nodes) node.description = appendSentence(text, node.description);
}
for (const [name, title] of Object.entries(DEFINITION_TITLES)) if (definitions[name]) definitions[name].description ??= title;
walk(schema, annotatePerSegment);
for (const def of Object.values(definitions)) walk(def, annotatePerSegment);

// ---------------------------------------------------------------------------------------------
// 3. Assemble: header first, then the body.

const out = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'scenario.schema.json',
  title: 'Telecom strategy workbench scenario',
  description:
    `A scenario of the mobile market simulation (schemaVersion ${S.SCHEMA_VERSION}): the market, ` +
    `${S.MIN_OPERATORS} to ${S.MAX_OPERATORS} operators with their strategies, optional events and an optional challenge. ` +
    'Generated from src/engine/schema.ts by scripts/gen-schema.mjs; do not edit. ' +
    'The app and the CLI validate with the same rules plus cross-field checks (known segment and operator ids, shares adding up to 1).',
  type: 'object',
  properties: {
    ...schema.properties,
    $schema: { type: 'string', description: 'Path or URL of this JSON Schema, for editors. Ignored by the simulation.' },
  },
  required: schema.required,
  // As in the app and the CLI: a field the format does not define is an error (a misspelt lever).
  additionalProperties: false,
  definitions,
};

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(out, null, 2)}\n`);
const size = Buffer.byteLength(JSON.stringify(out));
console.log(
  `gen-schema: wrote ${relative(process.cwd(), outPath)} (${Object.keys(definitions).length} definitions, ${docs.length - unplaced.length} descriptions, ${size} bytes)`,
);
// An error, not a warning: a warning on every build goes unread, and the field's description
// would be missing from the published schema (add the constant to CONST_LOCATIONS).
if (unplaced.length > 0) {
  console.error(`gen-schema: no place found in the JSON Schema for the comments of ${unplaced.join(', ')} (see CONST_LOCATIONS)`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------

function appendSentence(a, b) {
  if (!a) return b;
  if (!b) return a;
  return `${a} ${b}`;
}

/** All JSON Schema nodes reached by a path of property keys ('#Name' = a definition). */
function locate(path) {
  let nodes = [schema];
  for (const key of path) {
    if (key.startsWith('#')) {
      nodes = definitions[key.slice(1)] ? [definitions[key.slice(1)]] : [];
      continue;
    }
    nodes = nodes.flatMap(expand).flatMap((n) => (n.properties && n.properties[key] ? [n.properties[key]] : []));
  }
  // A documented array field (e.g. `schedule`) is reached as the array itself; that is where the text belongs.
  return nodes;
}

/** The object schemas a node stands for: itself, its $ref target, union branches, array items. */
function expand(node) {
  if (!node || typeof node !== 'object') return [];
  const out = [node];
  if (typeof node.$ref === 'string') out.push(...expand(definitions[node.$ref.replace('#/definitions/', '')]));
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) out.push(...expand(branch));
  if (node.items && !Array.isArray(node.items)) out.push(...expand(node.items));
  return out;
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** `perSegment(...)` fields are a union of a number and a record of numbers: say so. */
function annotatePerSegment(node) {
  const branches = node.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return;
  const [a, b] = branches;
  if (a.type === 'number' && b.type === 'object' && b.additionalProperties && b.additionalProperties.type === 'number') {
    delete b.propertyNames; // keys are strings in JSON anyway
    node.description = appendSentence(node.description, PER_SEGMENT_NOTE);
  }
}

/**
 * JSDoc comments of schema.ts: for `const X = ...` itself (path []) and for every documented
 * property of the object literals inside it (path of keys).
 */
function collectDocs(sourceText) {
  const file = ts.createSourceFile(schemaSource, sourceText, ts.ScriptTarget.Latest, true);
  const found = [];
  const jsdoc = (node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();

  const visitExpr = (constName, expr, path) => {
    if (!expr) return;
    if (ts.isObjectLiteralExpression(expr)) {
      for (const prop of expr.properties) {
        if (!ts.isPropertyAssignment(prop)) continue;
        const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : null;
        if (key === null) continue;
        const text = jsdoc(prop);
        if (text) found.push({ constName, path: [...path, key], text });
        visitExpr(constName, prop.initializer, [...path, key]);
      }
      return;
    }
    if (ts.isCallExpression(expr)) expr.arguments.forEach((a) => visitExpr(constName, a, path));
    else if (ts.isArrayLiteralExpression(expr)) expr.elements.forEach((e) => visitExpr(constName, e, path));
    else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) visitExpr(constName, expr.expression, path);
  };

  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const text = jsdoc(statement);
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name)) continue;
      const constName = decl.name.text;
      if (text && CONST_LOCATIONS[constName]) found.push({ constName, path: [], text });
      visitExpr(constName, decl.initializer, []);
    }
  }
  // Comments on helpers (e.g. `perSegment`) and on spread-in field groups belong to no schema field.
  return found.filter((d) => CONST_LOCATIONS[d.constName] || d.path.length > 0);
}
