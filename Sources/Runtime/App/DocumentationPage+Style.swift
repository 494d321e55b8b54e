extension DocumentationPage {
    /// The page's only style sheet (no `style` attributes: the CSP allows this exact text only).
    static let style = #"""
        :root {
          color-scheme: light dark;
          --bg: #fbfbfc; --panel: #ffffff; --text: #1d2330; --muted: #5b6474; --line: #dde1e8; --soft: #f1f3f7;
          --accent: #2456c7; --get: #1a7f4b; --post: #2456c7; --put: #8a5a00; --patch: #7a3fb0; --delete: #b42318;
          --ok: #1a7f4b; --warn: #8a5a00; --bad: #b42318; --code: #f3f4f8;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #14171c; --panel: #1b1f26; --text: #e4e7ec; --muted: #9aa3b2; --line: #2e343e; --soft: #222730;
            --accent: #7aa2ff; --get: #4cc38a; --post: #7aa2ff; --put: #e0a84a; --patch: #c39bff; --delete: #ff7b72;
            --ok: #4cc38a; --warn: #e0a84a; --bad: #ff7b72; --code: #232833; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--text); }
        a { color: var(--accent); }
        code, pre, textarea, input, select { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.87rem; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: -9999px; }
        .skip:focus { left: 1rem; top: 1rem; z-index: 10; background: var(--panel); padding: 0.5rem 1rem; }
        .top { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center;
          justify-content: space-between; padding: 0.6rem 1.5rem; background: var(--panel); border-bottom: 1px solid var(--line); }
        .top h1 { margin: 0; font-size: 1.3rem; }
        .top p { margin: 0; color: var(--muted); font-size: 0.85rem; }
        .token { display: grid; grid-template-columns: auto minmax(14rem, 28rem) auto; gap: 0.2rem 0.5rem; align-items: center; }
        .token label { font-weight: 600; }
        .token .token-state { grid-column: 1 / -1; margin: 0; font-size: 0.8rem; color: var(--muted); max-width: 44rem;
          overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        input, select, textarea { color: var(--text); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.35rem 0.5rem; }
        textarea { width: 100%; resize: vertical; }
        button { font: inherit; font-weight: 600; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff;
          padding: 0.35rem 1rem; cursor: pointer; }
        button.secondary, #token-clear { background: transparent; color: var(--accent); }
        .layout { display: grid; grid-template-columns: 20rem minmax(0, 1fr); }
        #nav { position: sticky; top: 4.4rem; align-self: start; max-height: calc(100vh - 4.4rem); overflow-y: auto; padding: 1rem 1rem 2rem 1.5rem;
          border-right: 1px solid var(--line); font-size: 0.88rem; }
        #nav ul { list-style: none; margin: 0 0 0.8rem; padding: 0; }
        #nav li a { display: flex; gap: 0.4rem; align-items: baseline; padding: 0.15rem 0.3rem; border-radius: 4px; text-decoration: none; color: var(--text); }
        #nav li a:hover { background: var(--soft); }
        #nav h2 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0.8rem 0 0.3rem; }
        #nav .field input { width: 100%; }
        .nav-path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
        main { padding: 1rem 2rem 4rem; max-width: 72rem; }
        main h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
        section.op, section.schema, #overview > div { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 0.3rem 1.2rem 1rem;
          margin: 1rem 0; scroll-margin-top: 5rem; }
        section.op h3 { display: flex; gap: 0.6rem; align-items: center; font-size: 1.1rem; margin: 0.7rem 0 0.2rem; }
        section.op h4 { margin: 1rem 0 0.3rem; font-size: 0.95rem; }
        section.op h5 { margin: 0.4rem 0; font-size: 0.9rem; font-weight: 600; }
        .summary { margin: 0.2rem 0; font-size: 1rem; }
        .more, .description { margin: 0.2rem 0; color: var(--muted); }
        .method { display: inline-block; min-width: 3.7rem; text-align: center; font: 700 0.72rem/1.6 ui-monospace, Menlo, Consolas, monospace;
          color: #fff; border-radius: 4px; padding: 0 0.3rem; background: var(--muted); }
        .m-get { background: var(--get); } .m-post { background: var(--post); } .m-put { background: var(--put); }
        .m-patch { background: var(--patch); } .m-delete { background: var(--delete); }
        @media (prefers-color-scheme: dark) { .method { color: #10131a; } }
        .path { font-size: 1rem; font-weight: 600; }
        .status { display: inline-block; min-width: 2.6rem; text-align: center; font: 700 0.8rem/1.5 ui-monospace, Menlo, Consolas, monospace;
          border-radius: 4px; border: 1px solid currentColor; }
        .s2 { color: var(--ok); } .s3 { color: var(--accent); } .s4 { color: var(--warn); } .s5 { color: var(--bad); }
        .access { margin: 0.5rem 0; padding: 0.35rem 0.7rem; border-radius: 6px; background: var(--soft); border-left: 4px solid var(--ok); }
        .access.locked { border-left-color: var(--warn); }
        .label { font-weight: 700; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 0.6rem 0 0.2rem; }
        .access .label { margin-right: 0.4rem; }
        .muted { color: var(--muted); font-weight: normal; }
        .small { font-size: 0.85rem; }
        .table-wrap { overflow-x: auto; }
        table.fields { border-collapse: collapse; width: 100%; font-size: 0.86rem; margin: 0.3rem 0 0.5rem; }
        table.fields caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
        table.fields th, table.fields td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
        table.fields thead th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--soft); }
        table.fields tbody th { font-weight: normal; white-space: nowrap; }
        table.fields td.type { white-space: nowrap; }
        table.fields td.yes { font-weight: 600; }
        table.fields td.no { color: var(--muted); }
        .prefix { color: var(--muted); }
        .limit { display: block; }
        .note { display: inline-block; margin: 0 0.4rem 0.1rem 0; }
        .desc { display: block; color: var(--muted); }
        code { background: var(--code); border-radius: 4px; padding: 0 0.25rem; }
        .chip { border: 1px solid var(--line); }
        details.pattern summary { cursor: pointer; }
        details.pattern code { display: block; max-width: 30rem; word-break: break-all; font-size: 0.75rem; }
        pre { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; overflow-x: auto; margin: 0.2rem 0 0.6rem; }
        pre code { background: none; padding: 0; }
        .example pre { max-height: 22rem; }
        details.response { border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.6rem; margin: 0.3rem 0; }
        details.response > summary, details.try > summary, details.curl > summary { cursor: pointer; }
        div.response { border-left: 3px solid var(--ok); padding-left: 0.8rem; margin: 0.4rem 0; }
        details.try { margin-top: 1rem; border-top: 1px dashed var(--line); padding-top: 0.6rem; }
        details.try > summary { font-weight: 700; color: var(--accent); }
        .try-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); gap: 0.6rem 1rem; margin: 0.6rem 0; }
        .try-form .field { display: flex; flex-direction: column; gap: 0.2rem; }
        .try-form .field input, .try-form .field select { width: 100%; }
        .try-form .wide, .try-form .actions { grid-column: 1 / -1; }
        .actions { display: flex; gap: 0.8rem; align-items: center; justify-content: flex-end; }
        .actions .check { margin-right: auto; }
        .result { border: 1px solid var(--line); border-radius: 8px; padding: 0.2rem 0.9rem; background: var(--soft); }
        .result-status { font-weight: 600; margin: 0.6rem 0 0; }
        .result-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 1rem; }
        .result-body { max-height: 26rem; }
        .result-headers { font-size: 0.78rem; }
        .captured { color: var(--ok); font-weight: 600; }
        .error { color: var(--bad); font-weight: 600; }
        [hidden] { display: none !important; }
        @media (max-width: 900px) {
          .layout { grid-template-columns: 1fr; }
          #nav { position: static; max-height: none; border-right: none; border-bottom: 1px solid var(--line); }
          main { padding: 1rem; }
          .token { grid-template-columns: 1fr auto; }
          .token label { grid-column: 1 / -1; }
          .result-grid { grid-template-columns: 1fr; }
        }

        """#
}
