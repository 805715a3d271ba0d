#!/usr/bin/env node
// Validates eForms notices against the eForms SDK's schematron (complete-validation.sch) for one
// phase, loading and compiling the schema ONCE for a whole batch of notices: parsing the SDK's
// 14 MB of included patterns takes far longer than checking one notice, so a process per notice
// would not fit the CI budget.
//
//   node validate.mjs --sch PATH/complete-validation.sch --phase eforms-16 FILE...
//   node validate.mjs --sch PATH --phase eforms-16 --files-from - < list-of-files
//
// Writes ONE JSON document to stdout:
//   [{"file": "...", "failures": [{"id", "role", "location", "test", "text", "fields"}]}]
// Only failed asserts and successful reports are failures. `role` is the rule's as written
// (ERROR, WARN, INFO); `fields` are the field ids of the assert's diagnostics ("field:" stripped,
// "node:" kept). A notice that is not well-formed XML, or a rule the processor cannot evaluate,
// is reported as a failure of role FATAL, so that it can never pass silently.
// Exit code 0 when it ran, whatever it found; 2 with a message on stderr when it could not run.
//
// node-schematron (over fontoxpath) parses the schema and evaluates each assert. The rest of its
// engine is replaced here, because on the SDK's rules it gives wrong answers or none (README.md):
//  - its rule matching walks only element children, so rules whose context is an attribute
//    (e.g. ".../cbc:ID/@schemeName") never fire; it also scans every rule's node list for every
//    node, which is quadratic on large notices;
//  - it binds <let> values as JavaScript arrays, which fontoxpath reads as ONE XPath array, not a
//    sequence: count($v) is 1, and an empty or multi-node $v makes "$v[...]" throw XPTY0020, which
//    aborts the whole notice. Here variables are bound as sequences;
//  - it reads all 14 MB of included patterns, where a phase needs about 2.5 MB.
// And one of fontoxpath's: a quantified expression with several bindings ("every $a in A, $b in
// B[. = $a] satisfies ...") evaluates a later binding without the earlier variable (a wrong
// answer or XQDY0054). Such expressions are rewritten to the nested form the XPath spec defines
// them as ("every $a in A satisfies every $b in B[. = $a] satisfies ...") before compiling.

import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

// One instance of each library, the same node-schematron uses (they ship CommonJS and ESM builds).
const require = createRequire(import.meta.url);
const { Schema } = require('node-schematron');
const fontoxpath = require('fontoxpath');
const { parseXmlDocument } = require('slimdom');

const SCH = 'http://purl.oclc.org/dsdl/schematron';
const started = process.hrtime.bigint();
const timings = process.env.EFORMS_SCHEMATRON_TIMINGS === '1';

function fail(message) {
  process.stderr.write(`validate.mjs: ${message}\n`);
  process.exit(2);
}

function elapsedMs(since) {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function parseArgs(argv) {
  const args = { sch: null, phase: null, filesFrom: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--sch') args.sch = value();
    else if (arg === '--phase') args.phase = value();
    else if (arg === '--files-from') args.filesFrom = value();
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: validate.mjs --sch complete-validation.sch --phase eforms-16 [--files-from LIST|-] FILE...\n');
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.sch) fail('--sch PATH (the SDK\'s complete-validation.sch) is required');
  if (!args.phase) fail('--phase ID (e.g. eforms-16) is required');
  if (args.filesFrom !== null) {
    const list = readFileSync(args.filesFrom === '-' ? 0 : args.filesFrom, 'utf8');
    args.files.push(...list.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0));
  }
  if (args.files.length === 0) fail('no notice files given (as arguments or with --files-from)');
  const missing = args.files.filter((file) => !existsSync(file));
  if (missing.length > 0) fail(`notice file not found: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}`);
  return args;
}

function childElements(node, localName) {
  return node.childNodes.filter((child) => child.nodeType === 1 && child.namespaceURI === SCH && (!localName || child.localName === localName));
}

// Reads complete-validation.sch and inlines only the included patterns that the phase activates:
// a phase needs about 2.5 of the 14 MB, and parsing is the slow part of loading.
function loadSchemaDom(schPath, phaseId) {
  if (!existsSync(schPath)) fail(`schematron file not found: ${schPath}`);
  let dom;
  try {
    dom = parseXmlDocument(readFileSync(schPath, 'utf8'));
  } catch (error) {
    fail(`cannot parse ${schPath}: ${error.message}`);
  }
  const root = dom.documentElement;
  if (!root || root.namespaceURI !== SCH || root.localName !== 'schema') fail(`${schPath} is not an ISO schematron schema`);

  const phase = childElements(root, 'phase').find((element) => element.getAttribute('id') === phaseId);
  if (!phase) {
    const known = childElements(root, 'phase').map((element) => element.getAttribute('id'));
    fail(`phase ${phaseId} is not in ${schPath} (it has ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', ...' : ''})`);
  }
  const active = new Set(childElements(phase, 'active').map((element) => element.getAttribute('pattern')));

  const folder = path.dirname(schPath);
  for (const include of childElements(root, 'include')) {
    const href = include.getAttribute('href');
    const file = path.resolve(folder, href);
    if (!existsSync(file)) fail(`included file not found: ${file}`);
    const text = readFileSync(file, 'utf8');
    // Each SDK include is one <pattern id="...">; its id is read before parsing the whole file.
    const id = /<pattern\b[^>]*\bid="([^"]+)"/.exec(text)?.[1];
    if (id !== undefined && !active.has(id)) {
      root.removeChild(include);
      continue;
    }
    let included;
    try {
      included = parseXmlDocument(text);
    } catch (error) {
      fail(`cannot parse ${file}: ${error.message}`);
    }
    root.insertBefore(included.documentElement, include);
    root.removeChild(include);
  }
  return { dom, active };
}

// The diagnostics of complete-validation.sch: id -> the field or node id it names.
function readDiagnostics(root) {
  const map = new Map();
  for (const diagnostics of childElements(root, 'diagnostics')) {
    for (const diagnostic of childElements(diagnostics, 'diagnostic')) {
      const see = diagnostic.getAttribute('see') ?? '';
      map.set(diagnostic.getAttribute('id'), see.startsWith('field:') ? see.slice('field:'.length) : see);
    }
  }
  return map;
}

// What node-schematron does not keep of each assert (role, diagnostics), in its own order:
// patterns, their rules, their asserts and reports in document order.
function attachAssertDetails(schema, root, diagnostics) {
  const patternElements = childElements(root, 'pattern');
  schema.patterns.forEach((pattern, p) => {
    const ruleElements = childElements(patternElements[p], 'rule');
    pattern.rules.forEach((rule, r) => {
      const assertElements = ruleElements[r].childNodes.filter(
        (child) => child.nodeType === 1 && child.namespaceURI === SCH && (child.localName === 'assert' || child.localName === 'report'));
      rule.asserts.forEach((assert, a) => {
        const element = assertElements[a];
        if (!element || (element.getAttribute('id') ?? null) !== (assert.id ?? null)) {
          fail(`internal: rule ${r} of pattern ${pattern.id} does not line up with node-schematron's model`);
        }
        const ids = (element.getAttribute('diagnostics') ?? '').split(/\s+/).filter((id) => id.length > 0);
        assert.role = element.getAttribute('role') ?? 'ERROR';
        assert.fields = ids.map((id) => diagnostics.get(id) ?? id);
      });
    });
  });
}

// Rewrites each multi-binding "every"/"some" to nested single-binding ones (see the header).
// Scans the expression, skipping string literals and tracking brackets, so that only the commas
// that separate the quantifier's own bindings are touched; anything it does not understand is
// left as written.
function nestQuantifiers(expression) {
  let text = expression;
  for (let from = 0; ;) {
    const match = /\b(every|some)\s+\$/g;
    match.lastIndex = from;
    let found = null;
    for (let m = match.exec(text); m; m = match.exec(text)) {
      if (!insideString(text, m.index)) {
        found = m;
        break;
      }
    }
    if (!found) return text;
    const rewritten = nestOne(text, found.index, found[1]);
    if (rewritten === null) from = found.index + found[0].length;
    else text = rewritten;
  }
}

function insideString(text, index) {
  let quote = null;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== null;
}

function nestOne(text, start, keyword) {
  let depth = 0;
  for (let i = start + keyword.length; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return null;
      i = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < 0) return null;
    } else if (depth === 0) {
      const rest = text.slice(i);
      if (/^satisfies\b/.test(rest) && /\W/.test(text[i - 1])) return null;
      if (/^(every|some|for|let)\s+\$/.test(rest) && /\W/.test(text[i - 1])) return null;
      const binding = /^,\s*(\$[\w.-]+\s+in\b)/.exec(rest);
      if (binding) return `${text.slice(0, i)} satisfies ${keyword} ${binding[1]}${text.slice(i + binding[0].length)}`;
    }
  }
  return null;
}

function compile(schPath, phaseId) {
  const { dom, active } = loadSchemaDom(schPath, phaseId);
  const root = dom.documentElement;
  const diagnostics = readDiagnostics(root);
  const schema = Schema.fromDom(dom);
  attachAssertDetails(schema, root, diagnostics);
  const phase = schema.phases.find((candidate) => candidate.id === phaseId);
  const patterns = phase.active.map((id) => {
    const pattern = schema.patterns.find((candidate) => candidate.id === id);
    if (!pattern) fail(`phase ${phaseId} activates pattern ${id}, which no included file defines`);
    return pattern;
  });
  for (const pattern of patterns) {
    for (const variable of pattern.variables) variable.value &&= nestQuantifiers(variable.value);
    for (const rule of pattern.rules) {
      rule.select = selectionOf(nestQuantifiers(rule.context));
      rule.steps = stepsOf(rule.select);
      for (const variable of rule.variables) variable.value &&= nestQuantifiers(variable.value);
      for (const assert of rule.asserts) {
        // The output shows the test as the SDK writes it; only the evaluated one is rewritten.
        assert.written = assert.test;
        assert.test = nestQuantifiers(assert.test);
      }
    }
  }
  for (const variable of [...schema.variables, ...phase.variables]) variable.value &&= nestQuantifiers(variable.value);
  const prefixes = new Map(schema.namespaces.map((ns) => [ns.uri, ns.prefix]));
  const namespaceResolver = (prefix) => {
    if (!prefix) return null;
    const ns = schema.namespaces.find((candidate) => candidate.prefix === prefix);
    if (!ns) throw new Error(`namespace prefix "${prefix}" is not declared with <sch:ns>`);
    return ns.uri;
  };
  return { schema, phase, patterns, prefixes, options: { namespaceResolver }, activeCount: active.size };
}

// A rule's context is an XSLT pattern: an absolute path selects its nodes from the root as it
// stands; a relative one matches at any depth. "//(a:b/c:d)" says that but makes fontoxpath run the
// whole path from every node of the notice (0.1 s per rule on a 100-lot notice); a plain path of
// names is the same as "/descendant::a:b/c:d", which it walks once.
function selectionOf(context) {
  if (context.startsWith('/')) return context;
  if (/^[\w.-]+(:[\w.-]+)?(\/@?[\w.-]+(:[\w.-]+)?)*$/.test(context)) return `/descendant::${context}`;
  return `//(${context})`;
}

const sequence = fontoxpath.createTypedValueFactory('item()*');

// Splits an absolute context of plain steps ("/*/cac:Lot[cbc:ID/@schemeName='Lot']/cbc:ID") into
// its steps, or gives null for anything else ("//", functions, unions), which is evaluated whole.
function stepsOf(context) {
  if (!context.startsWith('/') || context.startsWith('//')) return null;
  const steps = [];
  let depth = 0;
  let start = 1;
  for (let i = 1; i <= context.length; i++) {
    const c = context[i];
    if (c === '"' || c === "'") {
      const end = context.indexOf(c, i + 1);
      if (end < 0) return null;
      i = end;
    } else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (i === context.length || (c === '/' && depth === 0)) {
      const step = context.slice(start, i);
      const bracket = step.indexOf('[');
      const head = bracket < 0 ? step : step.slice(0, bracket);
      if (!/^@?(\*|[\w.-]+(:[\w.-]+|:\*)?)$/.test(head) || (bracket >= 0 && !step.endsWith(']'))) return null;
      steps.push(step);
      start = i + 1;
    }
  }
  return depth === 0 ? steps : null;
}

// Selects a context's nodes one step at a time, keeping every prefix's nodes for the document:
// the SDK's 1775 contexts of a phase share long prefixes ("/*/cac:ProcurementProjectLot[...]/
// cac:TenderingTerms/..."), which fontoxpath would otherwise walk again for each rule, and most
// select nothing in a given notice, which shows at the first empty prefix without evaluating the rest.
function selectByPrefix(steps, doc, variables, options, prefixes) {
  let nodes = null;
  let key = '';
  for (const step of steps) {
    key += `/${step}`;
    let next = prefixes.get(key);
    if (next === undefined) {
      if (nodes === null) next = fontoxpath.evaluateXPathToNodes(key, doc, null, variables, options);
      else if (nodes.length === 0) next = [];
      else next = fontoxpath.evaluateXPathToNodes(`$context-nodes/${step}`, doc, null, { ...variables, 'context-nodes': sequence(nodes, fontoxpath.domFacade) }, options);
      prefixes.set(key, next);
    }
    nodes = next;
  }
  return nodes;
}

// Binds <let> values as XPath sequences (see the header), each seeing the ones before it. A single
// node, string or boolean is passed as itself, which fontoxpath reads as that one item and
// converts faster than a typed sequence: it is read again on every evaluation.
function bindVariables(lets, contextNode, inherited, options) {
  const variables = { ...inherited };
  for (const variable of lets) {
    const items = variable.value
      ? fontoxpath.evaluateXPath(variable.value, contextNode, null, variables, fontoxpath.ReturnType.ALL_RESULTS, options)
      : [contextNode];
    variables[variable.name] = items.length === 1 && isPlainItem(items[0]) ? items[0] : sequence(items, fontoxpath.domFacade);
  }
  return variables;
}

function isPlainItem(item) {
  return typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'object' && item !== null && typeof item.nodeType === 'number');
}

// The node's path as SVRL writes it, with the schema's prefixes: /*/cac:Lot[2]/cbc:ID[1]/@schemeName.
function locationOf(node, prefixes) {
  const steps = [];
  let current = node;
  while (current && current.nodeType !== 9) {
    if (current.nodeType === 2) {
      steps.unshift(`@${qualifiedName(current, prefixes)}`);
      current = current.ownerElement;
      continue;
    }
    const parent = current.parentNode;
    if (!parent || parent.nodeType === 9) {
      steps.unshift('*');
    } else if (current.nodeType === 1) {
      let index = 1;
      for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (sibling.nodeType === 1 && sibling.localName === current.localName && sibling.namespaceURI === current.namespaceURI) index++;
      }
      steps.unshift(`${qualifiedName(current, prefixes)}[${index}]`);
    } else {
      steps.unshift('text()');
    }
    current = parent;
  }
  return `/${steps.join('/')}`;
}

function qualifiedName(node, prefixes) {
  if (!node.namespaceURI) return node.localName;
  const prefix = prefixes.get(node.namespaceURI);
  return prefix ? `${prefix}:${node.localName}` : `Q{${node.namespaceURI}}${node.localName}`;
}

function failure(assert, role, location, text) {
  return { id: assert.id ?? '', role, location, test: assert.written ?? assert.test, text, fields: assert.fields };
}

function validateDocument(compiled, doc) {
  const { schema, phase, patterns, prefixes, options } = compiled;
  const failures = [];
  const global = bindVariables([...schema.variables, ...phase.variables], doc, {}, options);
  // The nodes of each context prefix, shared by the patterns that have no variables of their own
  // (with them, the same text could select other nodes).
  const selected = new Map();
  for (const pattern of patterns) {
    const variables = bindVariables(pattern.variables, doc, global, options);
    const shared = pattern.variables.length === 0;
    // ISO schematron: within a pattern a node is checked by the first rule whose context matches it.
    const claimed = new Set();
    for (const rule of pattern.rules) {
      let nodes;
      try {
        if (shared && rule.steps) nodes = selectByPrefix(rule.steps, doc, variables, options, selected);
        else nodes = fontoxpath.evaluateXPathToNodes(rule.select, doc, null, variables, options);
      } catch (error) {
        for (const assert of rule.asserts) failures.push(failure(assert, 'FATAL', '/', `The processor could not evaluate the rule context ${rule.context}: ${error.message}`));
        continue;
      }
      for (const node of nodes) {
        if (claimed.has(node)) continue;
        claimed.add(node);
        let ruleVariables = variables;
        try {
          if (rule.variables.length > 0) ruleVariables = bindVariables(rule.variables, node, variables, options);
        } catch (error) {
          for (const assert of rule.asserts) failures.push(failure(assert, 'FATAL', locationOf(node, prefixes), `The processor could not evaluate a variable: ${error.message}`));
          continue;
        }
        for (const assert of rule.asserts) {
          try {
            const result = assert.validateNode(node, ruleVariables, options);
            if (result) failures.push(failure(assert, assert.role, locationOf(node, prefixes), result.message.trim()));
          } catch (error) {
            failures.push(failure(assert, 'FATAL', locationOf(node, prefixes), `The processor could not evaluate this rule: ${error.message}`));
          }
        }
      }
    }
  }
  return failures;
}

const args = parseArgs(process.argv.slice(2));
const compileStart = process.hrtime.bigint();
let compiled;
try {
  compiled = compile(path.resolve(args.sch), args.phase);
} catch (error) {
  fail(`cannot load the rules of ${args.sch}: ${error.stack ?? error}`);
}
const compileMs = elapsedMs(compileStart);

const results = [];
const perFile = [];
for (const file of args.files) {
  const fileStart = process.hrtime.bigint();
  let doc;
  try {
    doc = parseXmlDocument(readFileSync(file, 'utf8'));
  } catch (error) {
    const text = `The notice is not well-formed XML: ${error.message}`;
    results.push({ file, failures: [{ id: 'not-well-formed', role: 'FATAL', location: '/', test: '', text, fields: [] }] });
    continue;
  }
  results.push({ file, failures: validateDocument(compiled, doc) });
  perFile.push([file, elapsedMs(fileStart)]);
}

process.stdout.write(JSON.stringify(results));
process.stdout.write('\n');
if (timings) {
  process.stderr.write(`schema load+compile (${compiled.activeCount} patterns): ${compileMs.toFixed(0)} ms\n`);
  for (const [file, ms] of perFile) process.stderr.write(`  ${path.basename(file)}: ${ms.toFixed(0)} ms\n`);
  process.stderr.write(`total: ${elapsedMs(started).toFixed(0)} ms\n`);
}
