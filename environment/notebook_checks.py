"""What run_notebooks.py checks in an executed notebook besides its cells finishing: no error output, and no
output that loads something from a CDN (the suite renders offline: plotly.js comes from the copy embedded in
Plotly.NET.dll, never a CDN or require.js; DESIGN.md). tests/Siamese.Notebooks.Tests checks the same rules again.
"""
import re

# plotly.js itself, inlined into a page, names a CDN in one default (`topojsonURL: "https://cdn.plot.ly/"`, used
# only by geo maps): its body is left out of the scan, recognised by the banner every plotly.js build starts with.
_INLINE_SCRIPT = re.compile(r"(<script\b(?![^>]*\bsrc\s*=)[^>]*>)(.*?)(</script>)", re.S | re.I)
_PLOTLY_BANNER = re.compile(r"\*\s*plotly\.js v\d")

# A script loaded from another host, any mention of a CDN, a require.js loader, or a remote .js file.
CDN_RULES = [
    ("remote <script src>", re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//", re.I)),
    ("CDN host", re.compile(r"\bcdn\.|\.cdn\b|cdnjs|jsdelivr|unpkg\.com", re.I)),
    ("require.js", re.compile(r"\brequirejs\b|\brequire\.config\b", re.I)),
    ("remote .js", re.compile(r"https?://[^\s\"'<>)]+\.js\b", re.I)),
]

# Output MIME types that can carry markup or script; images and JSON payloads are skipped.
_SCANNED = ("text/html", "application/javascript", "text/markdown", "image/svg+xml", "text/plain")


def _without_plotly_bundle(text):
    return _INLINE_SCRIPT.sub(
        lambda m: m.group(1) + ("/* plotly.js */" if _PLOTLY_BANNER.search(m.group(2)) else m.group(2)) + m.group(3),
        text)


def _texts(output):
    data = output.get("data", {})
    for mime in _SCANNED:
        value = data.get(mime)
        if value is not None:
            yield mime, "".join(value) if isinstance(value, list) else str(value)


# .NET Interactive's first cell output in Jupyter: a script that finds the kernel's HTTP API on 127.0.0.1 and, where
# the page has no require.js, loads require.js from a CDN. It only works while that kernel process runs and no
# command-line option turns it off, so the saved copy of an executed notebook leaves it out.
_BOOTSTRAP_MARKERS = ("dotnet-interactive-this-cell-", "loadDotnetInteractiveApi")


def strip_kernel_bootstrap(nb):
    """Removes .NET Interactive's HTTP-API bootstrap outputs from nb; returns how many were removed."""
    removed = 0
    for _, cell in code_cells(nb):
        kept = [o for o in cell.get("outputs", [])
                if not all(m in str(o.get("data", {}).get("text/html", "")) for m in _BOOTSTRAP_MARKERS)]
        removed += len(cell.get("outputs", [])) - len(kept)
        cell["outputs"] = kept
    return removed


def code_cells(nb):
    """(number among code cells, cell) for every code cell, numbered from 1 as the progress lines are."""
    return list(enumerate((c for c in nb.cells if c.cell_type == "code"), start=1))


def error_outputs(nb):
    """One line per error output: cell number, exception name and value."""
    found = []
    for number, cell in code_cells(nb):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {number}: {output.get('ename', '')}: {output.get('evalue', '')}".strip())
    return found


def cdn_references(nb):
    """One line per output that references a CDN or a remote script: cell, MIME type, rule and the text matched."""
    found = []
    for number, cell in code_cells(nb):
        for output in cell.get("outputs", []):
            for mime, text in _texts(output):
                scanned = _without_plotly_bundle(text)
                for rule, pattern in CDN_RULES:
                    match = pattern.search(scanned)
                    if match:
                        snippet = scanned[max(0, match.start() - 40):match.end() + 40].replace("\n", " ")
                        found.append(f"cell {number} ({mime}): {rule}: ...{snippet}...")
    return found
