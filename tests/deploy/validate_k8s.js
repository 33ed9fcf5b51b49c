// Validates Kubernetes manifests offline against the official OpenAPI schemas
// (the npm package kubernetes-models, which compiles them with ajv).
//   node validate_k8s.js MODULES_DIR --ok FILE... --broken FILE...
// Every document of an --ok file must validate; every --broken file must have
// a document that is refused. KEDA's ScaledObject (a custom resource, not in
// those schemas) is checked for the fields KEDA requires. Prints one PASS/FAIL
// line per file and "N passed, N failed".
'use strict';
const path = require('path');
const fs = require('fs');
const modules = process.argv[2];
const YAML = require(path.join(modules, 'yaml'));
const models = (p) => require(path.join(modules, 'kubernetes-models', p));

function scaledObject(doc) {
  const s = doc.spec || {};
  if (!doc.metadata || typeof doc.metadata.name !== 'string') throw new Error('metadata.name');
  if (!s.scaleTargetRef || typeof s.scaleTargetRef.name !== 'string')
    throw new Error('spec.scaleTargetRef.name is required');
  if (!Array.isArray(s.triggers) || s.triggers.length === 0)
    throw new Error('spec.triggers must list at least one trigger');
  for (const t of s.triggers) {
    if (typeof t.type !== 'string') throw new Error('a trigger needs a type');
    if (t.type === 'kafka') {
      for (const k of ['bootstrapServers', 'consumerGroup', 'topic'])
        if (typeof (t.metadata || {})[k] !== 'string') throw new Error('kafka trigger: ' + k);
    }
  }
  for (const k of ['minReplicaCount', 'maxReplicaCount', 'cooldownPeriod'])
    if (k in s && !Number.isInteger(s[k])) throw new Error('spec.' + k + ' must be an integer');
}

function validate(doc) {
  if (!doc || typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string')
    throw new Error('apiVersion and kind are required');
  if (doc.apiVersion === 'keda.sh/v1alpha1' && doc.kind === 'ScaledObject') return scaledObject(doc);
  let mod;
  try {
    mod = models(doc.apiVersion);
  } catch (e) {
    throw new Error('unknown apiVersion ' + doc.apiVersion);
  }
  const Kind = mod[doc.kind];
  if (typeof Kind !== 'function') throw new Error('unknown kind ' + doc.apiVersion + '/' + doc.kind);
  new Kind(doc).validate();
}

let passed = 0, failed = 0;
let mode = null;
for (const a of process.argv.slice(3)) {
  if (a === '--ok' || a === '--broken') { mode = a; continue; }
  let errors = [], docs = 0;
  try {
    for (const d of YAML.parseAllDocuments(fs.readFileSync(a, 'utf8'))) {
      if (d.errors.length) { errors.push('YAML: ' + d.errors[0].message); continue; }
      const doc = d.toJS();
      if (doc === null) continue;
      docs++;
      try { validate(doc); } catch (e) {
        errors.push((doc.kind || '?') + ' ' + ((doc.metadata || {}).name || '?') + ': ' +
                    String(e.message || e).split('\n').slice(0, 3).join(' | '));
      }
    }
  } catch (e) { errors.push(String(e)); }
  const ok = mode === '--ok' ? errors.length === 0 && docs > 0 : errors.length > 0;
  if (ok) passed++; else failed++;
  console.log((ok ? 'PASS ' : 'FAIL ') + path.basename(a) + ' (' + docs + ' documents)' +
              (errors.length ? (mode === '--ok' ? ': ' : ', refused as it must be: ') + errors.join('; ') : ''));
}
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed ? 1 : 0);
