namespace TenderBuilder.Documents.Writers.Html;

/// <summary>
/// The page's own styles: readable type, contrast that meets WCAG 2.1 AA, tables that scroll
/// rather than overflow on a phone, and a print layout.
/// </summary>
internal static class Styles
{
    public const string Css = """
        :root{color-scheme:light;--ink:#1b1f1d;--muted:#4a5350;--accent:#0b5e3c;--line:#c9d1cd;--shade:#eef3f0;--warn:#fff3c4}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);line-height:1.55;max-width:60rem;margin:0 auto;padding:1.5rem}
        .cover{border-bottom:3px solid var(--accent);margin-bottom:2rem;padding-bottom:1rem}
        .cover .authority{color:var(--muted);font-weight:600;margin:0}
        .cover .title{font-size:2rem;margin:.3rem 0;color:var(--accent)}
        .cover .tender{font-size:1.2rem;margin:.2rem 0 1rem}
        .cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
        .cover dt{color:var(--muted)} .cover dd{margin:0}
        h2{color:var(--accent);border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
        h3{margin-top:1.5rem} p,li,td,th{overflow-wrap:anywhere}
        .small{font-size:.92rem;color:var(--muted)}
        .toc ol{list-style:none;padding-left:0} .toc .level-2{padding-left:1.5rem}
        .note{background:var(--shade);border-left:4px solid var(--accent);padding:.5rem 1rem;margin:1rem 0}
        .note.warning{background:var(--warn);border-left-color:#8a4b00}
        .table-scroll{overflow-x:auto} table{border-collapse:collapse;width:100%;margin:1rem 0}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
        th{background:var(--shade)} .right{text-align:right} .center{text-align:center}
        a{color:#1d4f91} hr.page-break{border:0;border-top:1px dashed var(--line);margin:2rem 0}
        footer{border-top:1px solid var(--line);margin-top:3rem;color:var(--muted);font-size:.9rem}
        @media print{body{max-width:none;padding:0} hr.page-break{break-after:page;border:0} thead{display:table-header-group} .table-scroll{overflow:visible}}
        """;
}
