#!/usr/bin/env bash
# Finds, verifies and (where the network allows) downloads the datasets listed in data/datasets.json.
#
#   environment/fetch-data.sh [--report] [--no-verify] [dataset ...]     (default: every dataset)
#
# Each dataset is looked up in the order the library uses (Siamese.Lib.Data.DataLocator):
#   1. $SIAMESE_DATA_DIR   2. <repo>/data   3. <repo>/../shared/data
# A dataset counts as present at the first location that holds all its required files. Files
# present are checked against their size and sha256. Missing files are downloaded into
# $SIAMESE_DATA_DIR (or <repo>/data) from the canonical URL, then verified (sha256, or the
# upstream md5 where the canonical file differs from the build machines' copy).
# --report only prints what is found and never fails (used by environment/setup.d/10-data.sh).
# Exit status: 0 when every requested dataset is present and valid, 1 otherwise.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3
[[ -x "$PY" ]] || PY="$(command -v python3)"
exec "$PY" - "$ROOT" "$@" <<'PYEOF'
import hashlib, json, os, shutil, sys, tarfile, tempfile, urllib.request, zipfile

root = sys.argv[1]
args = sys.argv[2:]
report = "--report" in args
verify = "--no-verify" not in args
names = [a for a in args if not a.startswith("--")]
catalog = json.load(open(os.path.join(root, "data", "datasets.json")))["datasets"]
unknown = [n for n in names if n not in catalog]
if unknown:
    print(f"[data] unknown dataset(s): {', '.join(unknown)}; known: {', '.join(catalog)}", file=sys.stderr)
    sys.exit(0 if report else 2)
# Setup's report covers what the notebooks use; an optional dataset is checked only when named.
names = names or [n for n in catalog if not (report and catalog[n].get("optional"))]

env = os.environ.get("SIAMESE_DATA_DIR")
roots = ([("$SIAMESE_DATA_DIR", env)] if env else []) + [
    ("<repo>/data", os.path.join(root, "data")),
    ("<repo>/../shared/data", os.path.normpath(os.path.join(root, "..", "shared", "data")))]
target = env or os.path.join(root, "data")

def digest(path, algo):
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()

def candidates(ds, entry):
    alt = ds.get("alternatives", {}).get(entry["path"])
    return [entry["path"]] + ([alt] if alt else [])

def check(ds, entry, base):
    """None when valid, else a reason. A full-size alternative (e.g. the complete GloVe file) is accepted unchecked."""
    for i, rel in enumerate(candidates(ds, entry)):
        p = os.path.join(base, rel)
        if not os.path.isfile(p):
            continue
        if i > 0 or not verify:
            return None
        if "size" in entry and os.path.getsize(p) != entry["size"]:
            return f"{p}: size {os.path.getsize(p)} != {entry['size']}"
        if "sha256" in entry and digest(p, "sha256") == entry["sha256"]:
            return None
        if "download_md5" in entry and digest(p, "md5") == entry["download_md5"]:
            return None
        if "sha256" not in entry and "download_md5" not in entry:
            return None
        return f"{p}: checksum mismatch (corrupt or different file)"
    return "missing"

def locate(ds):
    tried = []
    for label, base in roots:
        required = [e for e in ds["files"] if e.get("required", True)]
        problems = [(e, check(ds, e, base)) for e in required]
        bad = [(e, r) for e, r in problems if r is not None]
        if not bad:
            return base, tried
        tried.append(f"{label} = {base}: " + "; ".join(
            (e["path"] + " missing") if r == "missing" else r for e, r in bad[:3]) + (" ..." if len(bad) > 3 else ""))
    return None, tried

def download(url, dest):
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    tmp = dest + ".part"
    with urllib.request.urlopen(url, timeout=60) as r, open(tmp, "wb") as f:
        shutil.copyfileobj(r, f)
    os.replace(tmp, dest)

def fetch(name, ds):
    """Downloads what is missing into `target`; returns a list of errors."""
    errors = []
    todo = [e for e in ds["files"] if e.get("required", True) and check(ds, e, target) is not None]
    direct = [e for e in todo if "url" in e]
    for e in direct:
        dest = os.path.join(target, e["path"])
        print(f"[data] downloading {e['url']} -> {dest}")
        try:
            download(e["url"], dest)
        except Exception as ex:
            errors.append(f"{e['path']}: download from {e['url']} failed ({ex})")
            continue
        r = check(ds, e, target)
        if r is not None:
            errors.append(f"{e['path']}: {r}")
            os.remove(dest)
    rest = [e for e in todo if "url" not in e]
    if rest and "archive" in ds:
        arch = ds["archive"]
        print(f"[data] downloading {arch['url']} (archive) for {len(rest)} file(s)")
        try:
            with tempfile.TemporaryDirectory() as tmp:
                a = os.path.join(tmp, "archive")
                download(arch["url"], a)
                opener = zipfile.ZipFile(a) if arch["format"] == "zip" else tarfile.open(a)
                members = opener.namelist() if isinstance(opener, zipfile.ZipFile) else opener.getnames()
                for e in rest:
                    for rel in candidates(ds, e):
                        base = rel.split("/", 1)[1]
                        match = [m for m in members if m.endswith("/" + base) or m == base]
                        if match:
                            dest = os.path.join(target, rel)
                            os.makedirs(os.path.dirname(dest), exist_ok=True)
                            src = opener.open(match[0]) if isinstance(opener, zipfile.ZipFile) else opener.extractfile(match[0])
                            with src, open(dest, "wb") as out:
                                shutil.copyfileobj(src, out)
                            break
                    r = check(ds, e, target)
                    if r is not None:
                        errors.append(f"{e['path']}: {r} after extracting {arch['url']}")
        except Exception as ex:
            errors.append(f"archive {arch['url']} failed ({ex})")
    elif rest:
        errors.extend(f"{e['path']}: no download URL (see data/README.md)" for e in rest)
    return errors

status = 0
for name in names:
    ds = catalog[name]
    base, tried = locate(ds)
    if base:
        print(f"[data] {name}: found at {os.path.join(base, name)}")
        for t in tried:
            # An earlier location holds a bad copy: the library (which checks presence, not checksums) would use it.
            if "missing" not in t or "mismatch" in t or "size" in t:
                print(f"[data]   WARNING, earlier location has a bad copy the library would pick first: {t}")
        continue
    if report:
        print(f"[data] {name}: not found (run environment/fetch-data.sh {name}); tried:")
        for t in tried:
            print(f"[data]     {t}")
        continue
    errors = fetch(name, ds)
    if errors:
        status = 1
        print(f"[data] {name}: NOT AVAILABLE. Tried:", file=sys.stderr)
        for t in tried:
            print(f"[data]     {t}", file=sys.stderr)
        print(f"[data]   download into {target} failed:", file=sys.stderr)
        for e in errors:
            print(f"[data]     {e}", file=sys.stderr)
        print(f"[data]   Without network access, copy the files listed in data/datasets.json into {target}/{name}/ "
              f"or point SIAMESE_DATA_DIR at a folder holding {name}/.", file=sys.stderr)
    else:
        print(f"[data] {name}: downloaded and verified in {os.path.join(target, name)}")
sys.exit(0 if report else status)
PYEOF
