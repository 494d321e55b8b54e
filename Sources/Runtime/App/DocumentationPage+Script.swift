extension DocumentationPage {
    /// The page's only script: fetches `/openapi.json` and renders it — operations, field tables,
    /// generated examples and the "try it" forms. Plain DOM calls, no `innerHTML` with document
    /// text, no `eval`: it runs under the page's hash-based Content-Security-Policy.
    static let script = #"""
        'use strict';
        (() => {
        const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
        const NO_NUL = '^[^\\u0000]*$';
        const REASONS = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
          404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Content Too Large', 414: 'URI Too Long',
          422: 'Unprocessable Content', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
          500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable' };
        const state = { doc: null, ops: [], common: [], token: '', subject: '' };

        // ---- DOM ----
        function h(tag, props, ...kids) {
          const node = document.createElement(tag);
          for (const [key, value] of Object.entries(props || {})) {
            if (value === undefined || value === null || value === false) continue;
            if (key === 'class') node.className = value;
            else if (key === 'text') node.textContent = value;
            else if (key === 'value') node.value = value;
            else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
            else node.setAttribute(key, value === true ? '' : String(value));
          }
          for (const kid of kids.flat(Infinity)) {
            if (kid === undefined || kid === null || kid === false) continue;
            node.append(kid instanceof Node ? kid : String(kid));
          }
          return node;
        }
        const code = (text) => h('code', null, text);
        const slug = (text) => String(text).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
        const pretty = (value) => JSON.stringify(value, null, 2);
        const breakable = (path) => path.split('/').flatMap((part, i) => (i ? [h('wbr'), '/', part] : [part]));

        // ---- schemas: $ref, allOf, oneOf/anyOf, 3.1 type arrays ----
        function pointer(ref) {
          if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
          return ref.slice(2).split('/').map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((node, key) => (node == null ? undefined : node[key]), state.doc);
        }
        function deref(node) {
          let name = null;
          for (let hops = 0; node && typeof node === 'object' && typeof node.$ref === 'string' && hops < 32; hops += 1) {
            const target = pointer(node.$ref);
            if (!target) break;
            name = node.$ref.split('/').pop();
            const { $ref, ...siblings } = node;
            node = Object.keys(siblings).length ? { ...target, ...siblings } : target;
          }
          return [node && typeof node === 'object' ? node : {}, name];
        }
        function flatten(schema) {
          let [s, name] = deref(schema);
          if (Array.isArray(s.allOf)) {
            const merged = { ...s, properties: { ...(s.properties || {}) }, required: [...(s.required || [])] };
            delete merged.allOf;
            for (const part of s.allOf) {
              const { schema: p, name: partName } = flatten(part);
              Object.assign(merged.properties, p.properties || {});
              merged.required.push(...(p.required || []));
              for (const [key, value] of Object.entries(p)) if (!(key in merged)) merged[key] = value;
              if (s.allOf.length === 1 && !name) name = partName;
            }
            if (!Object.keys(merged.properties).length) delete merged.properties;
            s = merged;
          }
          return { schema: s, name };
        }
        function typesOf(s) {
          if (Array.isArray(s.type)) return s.type;
          if (typeof s.type === 'string') return s.nullable ? [s.type, 'null'] : [s.type];
          if (s.properties) return ['object'];
          if (s.items) return ['array'];
          const sample = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : null;
          if (!sample) return [];
          return [...new Set(sample.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)))];
        }
        const alternatives = (s) => s.oneOf || s.anyOf || null;
        const onlyNull = (schema) => { const t = typesOf(flatten(schema).schema); return t.length > 0 && t.every((x) => x === 'null'); };
        function isNullable(schema) {
          const { schema: s } = flatten(schema);
          const alts = alternatives(s);
          if (alts) return alts.some(isNullable);
          const types = typesOf(s);
          return types.length === 0 || types.includes('null');
        }
        function objectLike(s) { return typesOf(s).includes('object') || !!s.properties; }
        function typeParts(schema, depth = 0) {
          const { schema: s, name } = flatten(schema);
          const alts = alternatives(s);
          if (alts && depth < 4) {
            const parts = alts.filter((a) => !onlyNull(a)).map((a) => typeParts(a, depth + 1));
            return parts.flatMap((p, i) => (i ? [' or ', p] : [p]));
          }
          const types = typesOf(s).filter((t) => t !== 'null');
          if (name && (objectLike(s) || s.enum)) {
            const link = h('a', { href: `#schema-${slug(name)}` }, name);
            return s.enum && types.length ? [link, ` (${types.join(' or ')})`] : [link];
          }
          if (types.length === 0) return typesOf(s).includes('null') ? ['null'] : ['any JSON'];
          if (types.length === 1 && types[0] === 'array') return ['array of ', s.items ? typeParts(s.items, depth + 1) : 'any'];
          const format = s.format || (s.contentEncoding ? s.contentEncoding : '');
          return [types.join(' or ') + (format ? ` (${format})` : '')];
        }
        function limits(s) {
          const out = [];
          const huge = (n) => typeof n === 'number' && Math.abs(n) >= 2147483647;
          const range = (lo, hi, unit) => {
            if (lo !== undefined && hi !== undefined) out.push(lo === hi ? `exactly ${lo}${unit}` : `${lo}–${hi}${unit}`);
            else if (lo !== undefined) out.push(`≥ ${lo}${unit}`);
            else if (hi !== undefined) out.push(`≤ ${hi}${unit}`);
          };
          range(s.minLength, s.maxLength, ' characters');
          const lo = huge(s.minimum) ? undefined : s.minimum;
          const hi = huge(s.maximum) ? undefined : s.maximum;
          range(lo, hi, '');
          if (typeof s.exclusiveMinimum === 'number') out.push(`> ${s.exclusiveMinimum}`);
          if (typeof s.exclusiveMaximum === 'number') out.push(`< ${s.exclusiveMaximum}`);
          if (s.multipleOf !== undefined) out.push(`multiple of ${s.multipleOf}`);
          range(s.minItems, s.maxItems, ' items');
          if (s.uniqueItems) out.push('unique items');
          const parts = out.map((text) => h('span', { class: 'limit' }, text));
          if (typeof s.pattern === 'string') {
            if (s.pattern === NO_NUL) parts.push(h('span', { class: 'limit' }, 'no NUL character'));
            else if (s.pattern.length <= 32) parts.push(h('span', { class: 'limit' }, 'pattern ', code(s.pattern)));
            else {
              const what = s.pattern.includes('@') ? 'an email address' : /^\^\[Hh\]\[Tt\]\[Tt\]\[Pp\]/.test(s.pattern) ? 'an http(s) URL' : 'pattern';
              parts.push(h('details', { class: 'pattern' }, h('summary', null, what), code(s.pattern)));
            }
          }
          return parts;
        }
        function notes(s, description) {
          const out = [];
          if (Array.isArray(s.enum)) out.push(h('span', { class: 'note' }, 'one of ', s.enum.map((v, i) => [i ? ' ' : '', h('code', { class: 'chip' }, JSON.stringify(v))])));
          if ('const' in s) out.push(h('span', { class: 'note' }, 'always ', h('code', { class: 'chip' }, JSON.stringify(s.const))));
          if (s.default !== undefined) out.push(h('span', { class: 'note' }, 'default ', code(JSON.stringify(s.default))));
          if (s.readOnly) out.push(h('span', { class: 'note' }, 'read-only'));
          if (s.writeOnly) out.push(h('span', { class: 'note' }, 'write-only'));
          if (s.deprecated) out.push(h('span', { class: 'note' }, 'deprecated'));
          const text = description || s.description;
          if (text) out.push(h('span', { class: 'note desc' }, text));
          return out;
        }
        function collectFields(schema, prefix = '', seen = new Set(), out = []) {
          const { schema: s, name } = flatten(schema);
          if (name) { if (seen.has(name) || seen.size > 8) return out; seen = new Set(seen).add(name); }
          const required = new Set(s.required || []);
          for (const [key, sub] of Object.entries(s.properties || {})) {
            if (out.length > 300) break;
            if (sub === false) continue; // never present (a create's creatable: false field)
            out.push({ prefix, key, schema: sub, required: required.has(key) });
            const { schema: f } = flatten(sub);
            const inner = alternatives(f) ? alternatives(f).find((a) => !onlyNull(a)) : sub;
            const { schema: g } = flatten(inner || {});
            if (objectLike(g) && g.properties) collectFields(inner, `${prefix}${key}.`, seen, out);
            else if (typesOf(g).includes('array') && g.items && objectLike(flatten(g.items).schema)) collectFields(g.items, `${prefix}${key}[].`, seen, out);
          }
          return out;
        }
        function fieldTable(schema, caption) {
          const rows = collectFields(schema);
          const { name } = flatten(schema);
          return h('div', { class: 'table-wrap' }, h('table', { class: 'fields', 'data-schema': name || '' },
            caption ? h('caption', null, caption) : null,
            h('thead', null, h('tr', null, ['Field', 'Type', 'Required', 'Nullable', 'Limits', 'Values and notes'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, rows.map((row) => {
              const { schema: s } = flatten(row.schema);
              return h('tr', { 'data-field': row.prefix + row.key },
                h('th', { scope: 'row' }, h('code', null, row.prefix ? h('span', { class: 'prefix' }, row.prefix) : null, row.key)),
                h('td', { class: 'type' }, typeParts(row.schema)),
                h('td', { class: row.required ? 'yes' : 'no' }, row.required ? 'required' : 'optional'),
                h('td', { class: isNullable(row.schema) ? 'yes' : 'no' }, isNullable(row.schema) ? 'nullable' : 'no'),
                h('td', null, limits(s)),
                h('td', null, notes(s)));
            }))));
        }
        function schemaBlock(schema, mode) {
          const { schema: s, name } = flatten(schema);
          const parts = [];
          if (objectLike(s) && s.properties) parts.push(fieldTable(schema, name ? h('span', null, 'Object ', h('a', { href: `#schema-${slug(name)}` }, name)) : 'Object'));
          else if (typesOf(s).includes('array') && s.items && flatten(s.items).schema.properties) {
            parts.push(fieldTable(s.items, h('span', null, 'Array; each item: ', typeParts(s.items))));
          } else {
            parts.push(h('p', { class: 'scalar' }, typeParts(schema), isNullable(schema) ? ', nullable' : '', ' ', limits(s), ' ', notes(s)));
          }
          const sample = example(schema, '', mode);
          if (sample !== undefined) parts.push(h('div', { class: 'example' }, h('p', { class: 'label' }, 'Example'), h('pre', null, h('code', null, pretty(sample)))));
          return parts;
        }

        // ---- examples, from `example`s or made up from the schema ----
        const SAMPLE = { uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'date-time': '2025-01-15T09:30:00Z', date: '2025-01-15',
          time: '09:30:00Z', email: 'user@example.com', uri: 'https://example.com/', url: 'https://example.com/',
          hostname: 'example.com', ipv4: '192.0.2.1', ipv6: '2001:db8::1', byte: 'aGVsbG8=', password: 'correct-horse-battery',
          duration: 'P1D' };
        function matches(pattern, text) {
          if (typeof pattern !== 'string') return true;
          try { return new RegExp(pattern, 'u').test(text); } catch (error) { return true; }
        }
        function fit(s, text) {
          let value = text;
          if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, s.maxLength);
          while (s.minLength !== undefined && value.length < s.minLength) value += value.slice(-1) || 'x';
          return value;
        }
        function exampleString(s, key) {
          if (SAMPLE[s.format]) return SAMPLE[s.format];
          if (s.contentEncoding === 'base64') return 'aGVsbG8gd29ybGQ=';
          const k = key.toLowerCase();
          const words = k.replace(/[_\-.]+/g, ' ').trim();
          const candidates = [];
          if (k.includes('email') || (s.pattern || '').includes('@')) candidates.push('user@example.com');
          if (k.includes('password') || k.includes('secret')) candidates.push('correct-horse-battery');
          if (/url|uri|homepage|website|link/.test(k) || /^\^\[Hh\]/.test(s.pattern || '')) candidates.push('https://example.com/');
          if (k === 'name' || k.endsWith('_name') || k === 'display name') candidates.push('Ada Lovelace');
          if (k.includes('currency')) candidates.push('EUR');
          if (k.includes('token')) candidates.push('eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl');
          if (words) candidates.push(`Example ${words}`, `example-${words.replace(/[^a-z0-9]+/g, '-')}`, `example_${words.replace(/[^a-z0-9]+/g, '_')}`);
          candidates.push('example', 'abc', 'ABC', 'a1', '1');
          const fitted = candidates.map((c) => fit(s, c));
          return fitted.find((c) => matches(s.pattern, c)) ?? fitted[0];
        }
        function exampleNumber(s, key, integer) {
          const lo = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 0.5) : undefined;
          const hi = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 0.5) : undefined;
          let value = integer ? (/expires|seconds|ttl|timeout/i.test(key) ? 3600 : 1) : 4.5;
          if (lo !== undefined && value < lo) value = lo;
          if (hi !== undefined && value > hi) value = hi;
          if (s.multipleOf) value = Math.ceil(value / s.multipleOf) * s.multipleOf;
          return value;
        }
        function example(schema, key = '', mode = 'response', depth = 0, seen = new Set()) {
          if (depth > 10) return null;
          const { schema: s, name } = flatten(schema);
          if (s.example !== undefined) return s.example;
          if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
          if ('const' in s) return s.const;
          if (Array.isArray(s.enum) && s.enum.length) return s.enum.includes(s.default) ? s.default : s.enum.find((v) => v !== null) ?? null;
          if (s.default !== undefined && s.default !== null) return s.default;
          const alts = alternatives(s);
          if (alts && alts.length) return example(alts.find((a) => !onlyNull(a)) || alts[0], key, mode, depth + 1, seen);
          if (name) { if (seen.has(name)) return null; seen = new Set(seen).add(name); }
          const types = typesOf(s);
          switch (types.find((t) => t !== 'null') ?? (types.length ? 'null' : 'any')) {
            case 'object': {
              const out = {};
              for (const [prop, sub] of Object.entries(s.properties || {})) {
                if (sub === false) continue;
                const p = flatten(sub).schema;
                if ((mode === 'request' && p.readOnly) || (mode === 'response' && p.writeOnly)) continue;
                out[prop] = example(sub, prop, mode, depth + 1, seen);
              }
              return out;
            }
            case 'array': {
              const item = s.items ? example(s.items, key, mode, depth + 1, seen) : 'value';
              return Array.from({ length: Math.min(Math.max(1, s.minItems || 0), 3) }, () => item);
            }
            case 'string': return exampleString(s, key);
            case 'integer': return exampleNumber(s, key, true);
            case 'number': return exampleNumber(s, key, false);
            case 'boolean': return true;
            case 'null': return null;
            default: return {};
          }
        }

        // ---- the document: operations, common statuses, access ----
        function collect(doc) {
          const ops = [];
          for (const [path, item] of Object.entries(doc.paths || {})) {
            const [pathItem] = deref(item);
            for (const method of METHODS) {
              const op = pathItem[method];
              if (!op) continue;
              const params = new Map();
              for (const p of [...(pathItem.parameters || []), ...(op.parameters || [])]) { const [q] = deref(p); params.set(`${q.in}:${q.name}`, q); }
              const responses = Object.entries(op.responses || {}).map(([status, r]) => ({ status, response: deref(r)[0] }));
              const id = `op-${slug(op.operationId || `${method}-${path}`)}`;
              ops.push({ id, method, path, op, params: [...params.values()], responses, tag: (op.tags && op.tags[0]) || 'default',
                security: op.security || doc.security || [] });
            }
          }
          return ops;
        }
        function commonStatuses(ops) {
          if (ops.length < 2) return [];
          return ops[0].responses.filter(({ status, response }) => !status.startsWith('2') && ops.every((o) => o.responses.some(
            (r) => r.status === status && r.response.description === response.description))).map((r) => r.status);
        }
        function media(content) {
          const entries = Object.entries(content || {});
          const json = entries.find(([type]) => /json/i.test(type));
          return json || entries[0] || null;
        }
        function tokenIssuers() {
          return state.ops.filter((o) => o.responses.some(({ status, response }) => {
            const m = status.startsWith('2') && media(response.content);
            return m && m[1].schema && 'access_token' in (flatten(m[1].schema).schema.properties || {});
          }));
        }
        function schemeText(name) {
          const [scheme] = deref(((state.doc.components || {}).securitySchemes || {})[name] || {});
          if (scheme.type === 'http' && /^bearer$/i.test(scheme.scheme || '')) return `a bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''} in the Authorization header`;
          if (scheme.type === 'http') return `HTTP ${scheme.scheme} authentication`;
          if (scheme.type === 'apiKey') return `an API key in the ${scheme.in} ${scheme.name}`;
          return `${name}${scheme.type ? ` (${scheme.type})` : ''}`;
        }
        function access(o) {
          const requirements = o.security.filter((req) => req && typeof req === 'object');
          const needs = requirements.filter((req) => Object.keys(req).length).map((req) => Object.keys(req).map(schemeText).join(' and '));
          const optional = requirements.some((req) => Object.keys(req).length === 0);
          const parts = [];
          if (!needs.length) parts.push(h('strong', null, 'Public'), ': no token needed.');
          else if (optional) parts.push(h('strong', null, 'Token optional'), `: works without one, or with ${needs.join(', or ')}.`);
          else parts.push(h('strong', null, 'Token required'), `: ${needs.join(', or ')}.`);
          const forbidden = o.responses.find((r) => r.status === '403');
          if (needs.length && forbidden && forbidden.response.description) {
            parts.push(` Answers 403 when ${forbidden.response.description.replace(/^The /, 'the ').replace(/\.$/, '')}.`);
          }
          return h('p', { class: `access ${needs.length && !optional ? 'locked' : 'open'}` }, h('span', { class: 'label' }, 'Access'), ' ', parts);
        }

        // ---- rendering ----
        function methodBadge(method) { return h('span', { class: `method m-${method}` }, method.toUpperCase()); }
        function statusBadge(status) { return h('span', { class: `status s${String(status)[0]}` }, status); }
        function paramTable(params) {
          return h('div', { class: 'table-wrap' }, h('table', { class: 'fields params' },
            h('thead', null, h('tr', null, ['Name', 'In', 'Type', 'Required', 'Limits', 'Values and notes'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, params.map((p) => {
              const { schema: s } = flatten(p.schema || {});
              return h('tr', { 'data-param': p.name }, h('th', { scope: 'row' }, code(p.name)), h('td', null, p.in), h('td', null, typeParts(p.schema || {})),
                h('td', { class: p.required ? 'yes' : 'no' }, p.required ? 'required' : 'optional'), h('td', null, limits(s)), h('td', null, notes(s, p.description)));
            }))));
        }
        function headerTable(headers) {
          return h('div', { class: 'table-wrap' }, h('table', { class: 'fields headers' }, h('caption', null, 'Response headers'),
            h('thead', null, h('tr', null, ['Header', 'Type', 'Meaning'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, Object.entries(headers).map(([name, header]) => {
              const [hd] = deref(header);
              return h('tr', null, h('th', { scope: 'row' }, code(name)), h('td', null, typeParts(hd.schema || {})), h('td', null, hd.description || ''));
            }))));
        }
        function responseBody(response) {
          const parts = [];
          if (response.headers && Object.keys(response.headers).length) parts.push(headerTable(response.headers));
          const m = media(response.content);
          if (m && m[1].schema) {
            if (!/json/i.test(m[0])) parts.push(h('p', null, 'Content type ', code(m[0]), ': ', typeParts(m[1].schema)));
            else parts.push(schemaBlock(m[1].schema, 'response'));
          } else if (!m) parts.push(h('p', { class: 'muted' }, 'No body.'));
          return parts;
        }
        function responseView(status, response, open) {
          const m = media(response.content);
          const bodyName = m && m[1].schema ? flatten(m[1].schema).name : null;
          if (open) {
            return h('div', { class: 'response', 'data-status': status }, h('h5', null, statusBadge(status), ' ', response.description || ''), responseBody(response));
          }
          return h('details', { class: 'response', 'data-status': status },
            h('summary', null, statusBadge(status), ' ', response.description || '', bodyName ? h('span', { class: 'muted' }, ` · ${bodyName}`) : ''),
            responseBody(response));
        }
        function operationView(o) {
          const { op } = o;
          const summary = (op.summary || '').trim().split('\n');
          const body = op.requestBody ? deref(op.requestBody)[0] : null;
          const bodyMedia = body ? media(body.content) : null;
          const common = new Set(state.common);
          const own = o.responses.filter((r) => !common.has(r.status));
          return h('section', { class: 'op', id: o.id, 'aria-labelledby': `${o.id}-title`, 'data-method': o.method, 'data-path': o.path },
            h('h3', { id: `${o.id}-title` }, methodBadge(o.method), ' ', h('code', { class: 'path' }, o.path)),
            summary[0] ? h('p', { class: 'summary' }, summary[0]) : null,
            summary.length > 1 ? h('p', { class: 'more' }, summary.slice(1).join(' ')) : null,
            op.description ? h('p', { class: 'description' }, op.description) : null,
            op.deprecated ? h('p', { class: 'deprecated' }, 'Deprecated.') : null,
            access(o),
            o.params.length ? [h('h4', null, 'Parameters'), paramTable(o.params)] : null,
            bodyMedia ? [h('h4', null, 'Request body ', h('span', { class: 'muted' }, `${bodyMedia[0]}${body.required ? ', required' : ', optional'}`)),
              body.description ? h('p', null, body.description) : null,
              bodyMedia[1].schema ? h('div', { class: 'request-body' }, schemaBlock(bodyMedia[1].schema, 'request')) : null] : null,
            tryView(o, bodyMedia),
            h('h4', null, 'Responses'),
            own.map((r) => responseView(r.status, r.response, r.status.startsWith('2'))),
            common.size ? h('p', { class: 'muted small' }, 'Also ', state.common.join(', '), ': see ', h('a', { href: '#common' }, 'answers of every operation'), '.') : null);
        }

        // ---- try it ----
        function fieldFor(o, p, index) {
          const id = `${o.id}-${p.in}-${slug(p.name)}`;
          const { schema: s } = flatten(p.schema || {});
          const sample = example(p.schema || {}, p.name, 'request');
          const hint = [typeParts(p.schema || {}).flat(Infinity).map((x) => (x instanceof Node ? x.textContent : x)).join(''), p.required ? 'required' : 'optional'].join(', ');
          let input;
          if (Array.isArray(s.enum) || typesOf(s).includes('boolean')) {
            const values = Array.isArray(s.enum) ? s.enum : [true, false];
            input = h('select', { id, name: `${p.in}:${p.name}` }, h('option', { value: '' }, p.required ? 'choose…' : '(not sent)'),
              values.map((v) => h('option', { value: String(v) }, String(v))));
          } else {
            input = h('input', { id, name: `${p.in}:${p.name}`, type: 'text', spellcheck: 'false', autocomplete: 'off',
              placeholder: sample === undefined || sample === null ? '' : String(sample), required: !!p.required });
          }
          const owner = p.in === 'path' && index === 0 && o.security.length && o.responses.some((r) => r.status === '403');
          if (owner) input.dataset.owner = '1';
          return h('div', { class: 'field' }, h('label', { for: id }, code(p.name), ' ', h('span', { class: 'muted' }, `(${p.in}; ${hint})`)), input);
        }
        function tryView(o, bodyMedia) {
          const bodyId = `${o.id}-body`;
          const pathParams = o.params.filter((p) => p.in === 'path');
          const otherParams = o.params.filter((p) => p.in === 'query' || p.in === 'header');
          const sample = bodyMedia && bodyMedia[1].schema ? example(bodyMedia[1].schema, '', 'request') : undefined;
          const result = h('div', { class: 'result', 'aria-live': 'polite', hidden: true });
          const textarea = bodyMedia ? h('textarea', { id: bodyId, name: 'body', rows: Math.min(14, pretty(sample ?? {}).split('\n').length), spellcheck: 'false' }) : null;
          if (textarea) textarea.value = sample === undefined ? '' : pretty(sample);
          const secured = o.security.some((req) => Object.keys(req || {}).length);
          const form = h('form', { class: 'try-form', novalidate: true, 'aria-label': `Try ${o.method.toUpperCase()} ${o.path}` },
            pathParams.map((p, i) => fieldFor(o, p, i)),
            otherParams.map((p) => fieldFor(o, p, 1)),
            textarea ? h('div', { class: 'field wide' }, h('label', { for: bodyId }, 'Body ', h('span', { class: 'muted' }, `(${bodyMedia[0]})`)), textarea) : null,
            h('div', { class: 'actions' },
              h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'auth', checked: secured }), ' Send the bearer token'),
              textarea ? h('button', { type: 'button', class: 'secondary', onclick: () => { textarea.value = pretty(sample ?? {}); } }, 'Reset body') : null,
              h('button', { type: 'submit', class: 'send' }, 'Send')));
          form.addEventListener('submit', (event) => { event.preventDefault(); send(o, form, result); });
          return h('details', { class: 'try' }, h('summary', null, 'Try it'), form, result);
        }
        function shellQuote(text) { return `'${String(text).replace(/'/g, `'\\''`)}'`; }
        async function send(o, form, result) {
          let path = o.path;
          const missing = [];
          const query = new URLSearchParams();
          const headers = { Accept: 'application/json' };
          for (const p of o.params) {
            const field = form.elements.namedItem(`${p.in}:${p.name}`);
            const value = field ? field.value.trim() : '';
            if (!value) { if (p.required) missing.push(p.name); continue; }
            if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
            else if (p.in === 'query') query.append(p.name, value);
            else if (p.in === 'header') headers[p.name] = value;
          }
          result.hidden = false;
          result.replaceChildren();
          if (missing.length) { result.append(h('p', { class: 'error', role: 'alert' }, `Fill in ${missing.join(', ')} first.`)); return; }
          const base = ((state.doc.servers || [])[0] || {}).url || '';
          const url = `${base.replace(/\/$/, '')}${path}${query.toString() ? `?${query}` : ''}`;
          const init = { method: o.method.toUpperCase(), headers, credentials: 'omit', cache: 'no-store' };
          const textarea = form.elements.namedItem('body');
          if (textarea && textarea.value.trim()) { init.body = textarea.value; headers['Content-Type'] = 'application/json'; }
          if (form.elements.namedItem('auth').checked && state.token) headers.Authorization = `Bearer ${state.token}`;
          const curl = ['curl', '-i', '-X', init.method, shellQuote(new URL(url, location.href).href)];
          for (const [name, value] of Object.entries(headers)) curl.push('-H', shellQuote(`${name}: ${name === 'Authorization' ? 'Bearer $TOKEN' : value}`));
          if (init.body) curl.push('--data', shellQuote(init.body));
          const started = performance.now();
          let response;
          try { response = await fetch(url, init); } catch (error) {
            result.append(h('p', { class: 'error', role: 'alert' }, `The request failed: ${error.message}`));
            return;
          }
          const text = await response.text();
          const elapsed = Math.round(performance.now() - started);
          let json;
          try { json = text ? JSON.parse(text) : undefined; } catch (error) { json = undefined; }
          const reason = response.statusText || REASONS[response.status] || '';
          result.append(
            h('p', { class: 'result-status' }, statusBadge(response.status), ` ${reason}`, h('span', { class: 'muted' }, ` · ${elapsed} ms · ${init.method} ${url}`)),
            h('div', { class: 'result-grid' },
              h('div', null, h('p', { class: 'label' }, 'Response body'),
                h('pre', { class: 'result-body' }, h('code', null, text ? (json !== undefined ? pretty(json) : text) : '(empty)'))),
              h('div', null, h('p', { class: 'label' }, 'Response headers'),
                h('pre', { class: 'result-headers' }, [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')))),
            h('details', { class: 'curl' }, h('summary', null, 'As curl'), h('pre', null, curl.join(' '))));
          if (json && typeof json === 'object' && typeof json.access_token === 'string') {
            setToken(json.access_token);
            result.append(h('p', { class: 'captured' }, 'Token captured from this response: it is now in the Bearer token field and sent with every operation that needs it.'));
          }
        }
        function subjectOf(token) {
          try {
            const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
            const claims = JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
            return { sub: typeof claims.sub === 'string' ? claims.sub : '', exp: claims.exp };
          } catch (error) { return { sub: '', exp: undefined }; }
        }
        function setToken(token, fromInput) {
          state.token = token.trim().replace(/^Bearer\s+/i, '');
          const input = document.getElementById('token');
          if (!fromInput) input.value = state.token;
          try { sessionStorage.setItem('docs.token', state.token); } catch (error) { /* storage disabled */ }
          const { sub, exp } = state.token ? subjectOf(state.token) : { sub: '', exp: undefined };
          state.subject = sub;
          const status = document.getElementById('token-state');
          status.textContent = !state.token ? 'No token: operations that need one answer 401.'
            : `Token set${sub ? ` for subject ${sub}` : ''}${exp ? `, expires ${new Date(exp * 1000).toLocaleString()}` : ''}.`;
          for (const field of document.querySelectorAll('[data-owner]')) {
            if (field.value === '' || field.value === field.dataset.auto) { field.value = sub; field.dataset.auto = sub; }
          }
        }

        // ---- page ----
        function navView(groups) {
          const filter = h('input', { id: 'filter', type: 'search', placeholder: 'path, method or summary', autocomplete: 'off' });
          const lists = [...groups].map(([tag, ops]) => h('div', { class: 'nav-group' }, h('h2', null, tag), h('ul', null, ops.map((o) =>
            h('li', { 'data-filter': `${o.method} ${o.path} ${o.op.summary || ''} ${tag}`.toLowerCase() },
              h('a', { href: `#${o.id}` }, methodBadge(o.method), ' ', h('span', { class: 'nav-path' }, breakable(o.path))))))));
          filter.addEventListener('input', () => {
            const needle = filter.value.trim().toLowerCase();
            for (const li of document.querySelectorAll('#nav li[data-filter]')) li.hidden = !!needle && !li.dataset.filter.includes(needle);
            for (const section of document.querySelectorAll('section.op')) {
              section.hidden = !!needle && !`${section.dataset.method} ${section.dataset.path} ${section.textContent}`.toLowerCase().includes(needle);
            }
          });
          const schemas = Object.keys((state.doc.components || {}).schemas || {});
          return [h('div', { class: 'field' }, h('label', { for: 'filter' }, 'Filter operations'), filter),
            h('ul', { class: 'nav-top' }, h('li', null, h('a', { href: '#overview' }, 'Overview: access and common answers'))),
            lists,
            schemas.length ? h('div', { class: 'nav-group' }, h('h2', null, 'Schemas'), h('ul', null, schemas.map((name) =>
              h('li', { 'data-filter': name.toLowerCase() }, h('a', { href: `#schema-${slug(name)}` }, name))))) : null];
        }
        function overviewView() {
          const doc = state.doc;
          const schemes = Object.keys((doc.components || {}).securitySchemes || {});
          const issuers = tokenIssuers();
          const locked = state.ops.filter((o) => o.security.some((req) => Object.keys(req || {}).length)).length;
          return h('section', { id: 'overview', 'aria-labelledby': 'overview-title' }, h('h2', { id: 'overview-title' }, 'Overview'),
            doc.info.description ? h('p', null, doc.info.description) : null,
            h('p', null, `${state.ops.length} operations; ${locked} need a token, the others are public. The OpenAPI document behind this page is `,
              h('a', { href: '/openapi.json' }, '/openapi.json'), '.'),
            schemes.length ? h('div', { id: 'auth' }, h('h3', null, 'Authentication'),
              h('ul', null, schemes.map((name) => h('li', null, code(name), `: ${schemeText(name)}.`))),
              issuers.length ? h('p', null, 'Get a token from ', issuers.map((o, i) => [i ? ' or ' : '', h('a', { href: `#${o.id}` }, `${o.method.toUpperCase()} ${o.path}`)]),
                ': the page fills the Bearer token field with the access_token of their answer.') : null) : null,
            accessView(),
            state.common.length ? h('div', { id: 'common' }, h('h3', null, 'Answers of every operation'),
              h('p', null, 'Any operation may also answer these; they are not repeated below.'),
              state.common.map((status) => responseView(status, state.ops[0].responses.find((r) => r.status === status).response, false))) : null);
        }
        // The access matrix: who may call each operation, from the `x-access` the generator writes.
        function accessView() {
          const rows = state.ops.filter((o) => o.op['x-access']);
          if (!rows.length) return null;
          const principals = [];
          for (const o of rows) for (const p of Object.keys(o.op['x-access'].allows || {})) if (!principals.includes(p)) principals.push(p);
          const cell = (allows, p) => !(p in allows) ? h('td', { class: 'no', title: 'does not apply' }, '—')
            : h('td', { class: allows[p] ? 'yes' : 'no' }, allows[p] ? 'yes' : 'no');
          return h('div', { id: 'access' }, h('h3', null, 'Who may call what'),
            h('p', null, 'From the access rules of the spec; every rule is checked by the statement of the operation itself. — : the principal does not apply.'),
            h('table', { class: 'fields access' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Operation'), principals.map((p) => h('th', { scope: 'col' }, p)),
                h('th', { scope: 'col' }, 'Rule'))),
              h('tbody', null, rows.map((o) => h('tr', null,
                h('th', { scope: 'row' }, h('a', { href: `#${o.id}` }, methodBadge(o.method), ' ', breakable(o.path))),
                principals.map((p) => cell(o.op['x-access'].allows || {}, p)), h('td', null, code(o.op['x-access'].rule)))))));
        }
        function schemasView() {
          const schemas = Object.entries((state.doc.components || {}).schemas || {});
          if (!schemas.length) return null;
          return h('section', { class: 'tag', id: 'schemas', 'aria-labelledby': 'schemas-title' }, h('h2', { id: 'schemas-title' }, 'Schemas'),
            schemas.map(([name, schema]) => h('section', { class: 'schema', id: `schema-${slug(name)}` }, h('h3', null, name),
              schema.description ? h('p', null, schema.description) : null,
              schemaBlock({ $ref: `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` }, 'response'))));
        }
        function render(doc) {
          state.doc = doc;
          state.ops = collect(doc);
          state.common = commonStatuses(state.ops);
          const info = doc.info || {};
          document.title = `${info.title || 'API'} — documentation`;
          document.getElementById('title').textContent = info.title || 'API';
          document.getElementById('subtitle').replaceChildren(`version ${info.version || '?'} · OpenAPI ${doc.openapi || '?'} · `,
            h('a', { href: '/openapi.json' }, 'openapi.json'));
          const groups = new Map();
          for (const o of state.ops) { if (!groups.has(o.tag)) groups.set(o.tag, []); groups.get(o.tag).push(o); }
          const tagInfo = new Map((doc.tags || []).map((t) => [t.name, t]));
          document.getElementById('nav').replaceChildren(...navView(groups).flat().filter(Boolean));
          const main = document.getElementById('main');
          main.replaceChildren(overviewView(),
            ...[...groups].map(([tag, ops]) => h('section', { class: 'tag', id: `tag-${slug(tag)}`, 'aria-labelledby': `tag-${slug(tag)}-title` },
              h('h2', { id: `tag-${slug(tag)}-title` }, tag), tagInfo.get(tag) && tagInfo.get(tag).description ? h('p', null, tagInfo.get(tag).description) : null,
              ops.map(operationView))),
            schemasView() || '');
          let saved = '';
          try { saved = sessionStorage.getItem('docs.token') || ''; } catch (error) { saved = ''; }
          setToken(saved);
          document.body.dataset.ready = 'true';
          if (location.hash) { const target = document.getElementById(decodeURIComponent(location.hash.slice(1))); if (target) target.scrollIntoView(); }
        }
        document.getElementById('token').addEventListener('input', (event) => setToken(event.target.value, true));
        document.getElementById('token-clear').addEventListener('click', () => setToken(''));
        document.getElementById('token-form').addEventListener('submit', (event) => event.preventDefault());
        fetch('/openapi.json', { headers: { Accept: 'application/json' }, cache: 'no-store' })
          .then((response) => { if (!response.ok) throw new Error(`/openapi.json answered ${response.status}`); return response.json(); })
          .then(render)
          .catch((error) => {
            document.getElementById('main').replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load the API description: ${error.message}`));
            document.body.dataset.ready = 'error';
          });
        })();

        """#
}
